package io.tickmark.extract.layout;

import io.tickmark.util.Spaces;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dot leaders between a label and its figures ("Revenue ........ 1,234"). They guide the eye and
 * carry nothing; left in, they glue onto labels or read as figure fragments ({@code . . .}).
 * Text extractors render leader glyphs as whatever character their font maps them to, so a leader
 * is any run of one character repeated that no word has: four or more of the same letter or mark,
 * three or more dots, or dots set one space apart. Leaders are blanked with spaces of the same
 * length, so character columns stay where they were. Rules drawn with dashes, equals signs or
 * underscores are not leaders: they mark totals and are read as such.
 */
public final class Leaders {
    private static final Pattern REPEATED = Pattern.compile("([^\\s\\d\\-=_─━,()$%])\\1{3,}|[.·•…∙]{3,}|(?:[.·•∙] ){3,}[.·•∙]?");

    private Leaders() {}

    public static String blank(String line) {
        if (line.length() < 4 || !mayHaveLeader(line)) return line;
        Matcher m = REPEATED.matcher(line);
        if (!m.find()) return line;
        StringBuilder out = new StringBuilder(line.length());
        int last = 0;
        do {
            out.append(line, last, m.start());
            out.append(" ".repeat(m.end() - m.start()));
            last = m.end();
        } while (m.find());
        out.append(line, last, line.length());
        return out.toString();
    }

    /**
     * Whether the line has what every leader starts with (a cheap look before the pattern, which
     * most lines fail): four of the same character that is not a space, digit or rule mark, two
     * leader marks in a row, or two set one space apart. Lines with surrogate pairs go to the pattern.
     */
    private static boolean mayHaveLeader(String line) {
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (Character.isSurrogate(c)) return true;
            if (isLeaderMark(c) && i + 1 < n && (isLeaderMark(line.charAt(i + 1))
                    || line.charAt(i + 1) == ' ' && i + 2 < n && isLeaderMark(line.charAt(i + 2)))) return true;
            if (i + 3 < n && line.charAt(i + 1) == c && line.charAt(i + 2) == c && line.charAt(i + 3) == c && mayRepeat(c)) return true;
        }
        return false;
    }

    private static boolean isLeaderMark(char c) {
        return c == '.' || c == '·' || c == '•' || c == '…' || c == '∙';
    }

    /** Outside the first alternative's excluded class {@code [\s\d\-=_─━,()$%]}. */
    private static boolean mayRepeat(char c) {
        return !(Spaces.isSpace(c) || c >= '0' && c <= '9'
                || "-=_─━,()$%".indexOf(c) >= 0);
    }
}

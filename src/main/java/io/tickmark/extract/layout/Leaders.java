package io.tickmark.extract.layout;

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
        if (line.length() < 4) return line;
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
}

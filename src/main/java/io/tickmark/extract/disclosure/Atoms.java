package io.tickmark.extract.disclosure;

import io.tickmark.util.Regex;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numeric pieces of table cells: "1,234", "(1,234)", "61.2", "6.5%", "RMB199,700", nil as "-",
 * "_" or "NA". A piece that holds digits but is none of these ("301,5", "10=") is kept as a raw atom
 * so that an OCR-damaged row can be aligned and its unreadable part named.
 */
final class Atoms {
    private static final Pattern NUMBER = Pattern.compile("^\\(?(-|−)?(?:RMB|HK\\$|US\\$|\\$)?(0|[1-9]\\d{0,2}(?:,\\d{3})+|[1-9]\\d*)(\\.\\d+)?(%?)\\)?$");
    private static final Pattern NIL = Pattern.compile("^([-–—_]{1,2}|(?i:nil|n/?a))$");
    private static final Pattern NOTE = Pattern.compile("(?i)^notes?\\b.*");

    /** A parsed atom; {@code value} null for nil; {@code raw} as written. */
    record Atom(String raw, BigDecimal value, int decimals, boolean percent, boolean grouped, boolean nil, boolean currency) {}

    private Atoms() {}

    /** Parses a whole atom; null when it is not a number or nil. */
    static Atom parse(String s) {
        String t = s.trim();
        if (NIL.matcher(t).matches()) return new Atom(t, null, 0, false, false, true, false);
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) return null;
        boolean paren = t.startsWith("(") && t.endsWith(")");
        if (t.startsWith("(") != t.endsWith(")")) return null;
        String digits = m.group(2);
        String dec = m.group(3) == null ? "" : m.group(3);
        BigDecimal v = new BigDecimal(digits.replace(",", "") + dec);
        if (paren || m.group(1) != null) v = v.negate();
        return new Atom(t, v, dec.isEmpty() ? 0 : dec.length() - 1, !m.group(4).isEmpty(), digits.contains(","), false,
                t.contains("RMB") || t.contains("$"));
    }

    /** Whether a cell is a note reference or other words, not a figure ("Notes 1 and 2", "7 years"). */
    static boolean isWords(String cell) {
        if (NOTE.matcher(cell).matches()) return true;
        int letters = 0;
        for (char c : cell.toCharArray()) if (Character.isLetter(c)) letters++;
        String stripped = Regex.replaceAll(cell, "(?i)RMB|HK\\$|US\\$|NA|N/A|nil", "");
        int left = 0;
        for (char c : stripped.toCharArray()) if (Character.isLetter(c)) left++;
        return letters >= 3 && left >= 3;
    }

    /** The space-separated pieces of a cell. */
    static List<String> pieces(String cell) {
        List<String> out = new ArrayList<>();
        for (String p : Regex.split(cell, "\\s+")) if (!p.isEmpty()) out.add(p);
        return out;
    }

    static boolean isYear(String s) {
        return Regex.matches(s, "(19|20)\\d\\d");
    }
}

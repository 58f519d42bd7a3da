package io.tickmark.report;

/**
 * Escapes the control characters a filing may carry (an escape sequence that recolours or clears the
 * terminal, a carriage return that overwrites a line, a right-to-left override that reverses what is
 * shown) so that the text report shows them as {@code \x1B} or {@code \u202E} instead of obeying them.
 * Line feeds, tabs and CR LF line ends are kept.
 */
public final class ControlCharacters {
    private ControlCharacters() {}

    public static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = c == '\n' || c == '\t' || (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n');
            if (keep || !isControl(c)) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            b.append(c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
        }
        return b == null ? s : b.toString();
    }

    /** C0 and C1 controls, DEL, and the invisible characters that change the direction of text. */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
                || c == 0x061c;
    }
}

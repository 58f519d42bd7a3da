package io.tickmark.report;

/** Escaping for XML and HTML text and attribute values. */
final class Xml {
    private Xml() {}

    /**
     * Escapes markup characters and drops characters XML 1.0 cannot carry (control characters
     * that a PDF's text layer sometimes holds), so the document always parses.
     */
    /** The characters XML 1.0 can carry, others replaced by U+FFFD; markup is left to an XML writer to escape. */
    static String legal(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (legal(c)) b.appendCodePoint(c);
            else b.append('\uFFFD');
        }
        return b.toString();
    }

    private static boolean legal(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    boolean legal = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                    if (legal) b.appendCodePoint(c);
                    else b.append('\uFFFD');
                }
            }
        }
        return b.toString();
    }
}

package io.tickmark.util;

/**
 * White space in labels, headings and quotes collapsed to single spaces: what
 * {@code text.replaceAll("\\s+", " ")} gives, in one pass and without a copy when there is nothing to
 * collapse (most labels). The readers collapse every label and line they compare, so the pattern was
 * among the costs of each document.
 */
public final class Spaces {
    private Spaces() {}

    /** Each run of white space ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage return) as one space. */
    public static String collapse(String text) {
        int n = text.length();
        int i = 0;
        // the first place that changes: a white space other than a space, or a space after a white space
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < n && isSpace(text.charAt(i + 1)))) break;
        }
        if (i == n) return text;
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                out.append(' ');
                while (i < n && isSpace(text.charAt(i))) i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** {@code \s} of a Java regex without UNICODE_CHARACTER_CLASS. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}

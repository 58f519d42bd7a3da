package io.tickmark.util;

/**
 * Invisible formatting characters (Unicode's format class: the left-to-right mark, zero-width spaces
 * and joiners, the byte-order mark) that some filings carry inside words: "‎Paid-In" in a column
 * header is not "Paid-In" to a reader that compares text, and a header or label that carries one is
 * not recognised. They draw nothing and mean nothing to a figure, so they are removed where text
 * enters (the PDF's glyphs, a text file's characters). The soft hyphen is kept: it is drawn as a
 * hyphen where a word breaks at a line's end.
 */
public final class InvisibleMarks {
    private InvisibleMarks() {}

    public static boolean isInvisible(int cp) {
        return cp >= 0x600 && cp != 0x00AD && Character.getType(cp) == Character.FORMAT;
    }

    /** The text without its invisible marks; the same string when it has none (the usual case, found in one pass). */
    public static String strip(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && !isInvisible(s.charAt(i))) i++;
        if (i == n) return s;
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!isInvisible(c)) b.append(c);
        }
        return b.toString();
    }
}

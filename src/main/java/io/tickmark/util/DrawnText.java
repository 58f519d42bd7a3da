package io.tickmark.util;

/**
 * Text as the page draws it, from characters a text layer gives for what is not drawn as such:
 * <ul>
 *   <li>invisible formatting characters (Unicode's format class: the left-to-right mark, zero-width
 *   spaces and joiners, the byte-order mark) that some filings carry inside words: "‎Paid-In" in a
 *   column header is not "Paid-In" to a reader that compares text, and the header is not recognised.
 *   They draw nothing, so they are removed;</li>
 *   <li>the soft hyphen, which a text layer gives for a hyphen glyph that is drawn (MuPDF maps the
 *   WinAnsi hyphen at code 0xAD to it; a word broken at a line's end carries it): where it is in the
 *   text it is on the page, as a hyphen, and a table's nil dash must read as one.</li>
 * </ul>
 * Applied where text enters: the PDF's glyphs and a text file's characters.
 */
public final class DrawnText {
    private DrawnText() {}

    private static final char SOFT_HYPHEN = '\u00AD';

    private static boolean isInvisible(int cp) {
        return cp >= 0x600 && Character.getType(cp) == Character.FORMAT;
    }

    /** The character as drawn: the invisible ones as none (-1), the soft hyphen as a hyphen, others as they are. */
    private static int drawn(int cp) {
        if (cp < SOFT_HYPHEN) return cp;
        if (cp == SOFT_HYPHEN) return '-';
        return isInvisible(cp) ? -1 : cp;
    }

    /** The text as drawn; the same string when nothing changes (the usual case, found in one pass). */
    public static String of(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && drawn(s.charAt(i)) == s.charAt(i)) i++;
        if (i == n) return s;
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            int c = drawn(s.charAt(i));
            if (c >= 0) b.append((char) c);
        }
        return b.toString();
    }
}

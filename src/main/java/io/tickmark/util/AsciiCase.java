package io.tickmark.util;

/**
 * Looks for a word written in lower-case ASCII in a text, ignoring the case of ASCII letters, without
 * the lower-case copy of the text that {@code text.toLowerCase(Locale.ROOT).contains(word)} makes. For
 * a word of ASCII characters the answer is the same: besides the ASCII capitals only the Kelvin sign
 * (U+212A, to "k") lower-cases to an ASCII letter in a string (U+0130 becomes "i" and a combining
 * dot, which no ASCII word continues: a word ending in "i" is the one exception, and none is looked for).
 */
public final class AsciiCase {
    private AsciiCase() {}

    /** Whether {@code text[from, to)} contains {@code lowerWord} (lower-case ASCII), ASCII letters of the text in either case. */
    public static boolean contains(String text, int from, int to, String lowerWord) {
        int n = lowerWord.length();
        if (n == 0) return true;
        char first = lowerWord.charAt(0);
        for (int i = from, last = to - n; i <= last; i++) {
            if (lower(text.charAt(i)) != first) continue;
            int k = 1;
            while (k < n && lower(text.charAt(i + k)) == lowerWord.charAt(k)) k++;
            if (k == n) return true;
        }
        return false;
    }

    /** Whether {@code lowerWord} starts at {@code at} and ends by {@code to}, ASCII letters of the text in either case. */
    public static boolean startsAt(String text, int at, int to, String lowerWord) {
        int n = lowerWord.length();
        if (at + n > to) return false;
        for (int k = 0; k < n; k++) if (lower(text.charAt(at + k)) != lowerWord.charAt(k)) return false;
        return true;
    }

    /** Whether the text contains {@code lowerWord}, ASCII letters in either case. */
    public static boolean contains(String text, String lowerWord) {
        return contains(text, 0, text.length(), lowerWord);
    }

    /** An ASCII capital (or the Kelvin sign) as its small letter; every other character as it is. */
    public static char lower(char c) {
        if (c >= 'A' && c <= 'Z') return (char) (c + 32);
        return c == '\u212A' ? 'k' : c;
    }
}

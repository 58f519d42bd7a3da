package io.tickmark.normalize;

import java.util.Locale;

/** Scale and currency from a unit line: "In CNY", "RMB'000", "(In millions, except ...)", "CNY 10,000". */
public final class Units {
    private Units() {}

    public static long scaleOf(String unitText) {
        if (unitText == null) return 1;
        String t = unitText.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (t.contains("in billions")) return 1_000_000_000L;
        if (t.contains("million")) return 1_000_000L;
        if (t.contains("10,000") || t.contains("ten thousand")) return 10_000L;
        if (t.contains("'000") || t.contains("thousand")) return 1_000L;
        return 1;
    }

    /** Characters read for the currency: past a 10-K's business section, into its statements. */
    private static final int CURRENCY_SCAN = 400_000;

    /**
     * The document's currency: the one its text marks most often ("$" in every statement of a US
     * filing, "RMB" / "Yuan" in a PRC one), not the first one it names (a US filing that mentions
     * its renminbi exposure once is still in dollars). On a tie the order is CNY, HKD, USD, as a
     * Hong Kong listed PRC group's report names the dollar only in passing; null when none is named.
     * Counted with {@code indexOf} (a few milliseconds cold): a regex over 400 k characters costs a
     * cold run most of a second, a loop over every character tens of milliseconds.
     */
    public static String currencyOf(String text) {
        int n = Math.min(text.length(), CURRENCY_SCAN);
        int cny = 0, hkd = 0, usd = 0;
        for (int i = text.indexOf('$'); i >= 0 && i < n; i = text.indexOf('$', i + 1)) {
            char p1 = i > 0 ? (char) (text.charAt(i - 1) | 0x20) : ' ';
            char p2 = i > 1 ? (char) (text.charAt(i - 2) | 0x20) : ' ';
            char p3 = i > 2 ? (char) (text.charAt(i - 3) | 0x20) : ' ';
            // "HK$" and "US$" (not "THK$"), and the bare sign; "A$", "NT$" are other dollars
            if (p1 == 'k' && p2 == 'h' && !isAsciiLetter(p3)) hkd++;
            else if (p1 == 's' && p2 == 'u' && !isAsciiLetter(p3) || !isAsciiLetter(p1)) usd++;
        }
        // "RMB" opens amounts ("RMB'000", "RMB1.2 million"); the other markers are whole words
        for (String m : new String[]{"RMB", "CNY", "Renminbi", "RENMINBI", "renminbi", "Yuan", "YUAN", "yuan"}) cny += words(text, n, m, m.equals("RMB"));
        hkd += words(text, n, "HKD", false);
        usd += words(text, n, "USD", false);
        if (cny == 0 && hkd == 0 && usd == 0) return null;
        if (cny >= hkd && cny >= usd) return "CNY";
        return hkd >= usd ? "HKD" : "USD";
    }

    /** Occurrences of {@code w} in the first {@code n} characters that start a word (and end one, unless {@code prefix}). */
    private static int words(String text, int n, String w, boolean prefix) {
        int count = 0;
        for (int i = text.indexOf(w); i >= 0 && i < n; i = text.indexOf(w, i + 1)) {
            int end = i + w.length();
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) continue;
            if (!prefix && end < text.length() && Character.isLetter(text.charAt(end))) continue;
            count++;
        }
        return count;
    }

    /** A lower-cased ASCII letter (the caller ORs 0x20 in). */
    private static boolean isAsciiLetter(char lower) {
        return lower >= 'a' && lower <= 'z';
    }
}

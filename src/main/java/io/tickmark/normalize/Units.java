package io.tickmark.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** Markers of each currency: HK$ and US$ before the bare dollar sign they end in. */
    private static final Pattern CURRENCY_MARK = Pattern.compile(
            "(?i)(HK\\$|\\bHKD\\b)|(US\\$|\\bUSD\\b)|(\\bRMB|\\bCNY\\b|\\brenminbi\\b|\\byuan\\b)|(?<![A-Za-z])(\\$)");
    /** Characters read for the currency: past a 10-K's business section, into its statements. */
    private static final int CURRENCY_SCAN = 400_000;
    private static final String[] CURRENCIES = {"HKD", "USD", "CNY", "USD"};

    /**
     * The document's currency: the one its text marks most often ("$" in every statement of a US
     * filing, "RMB" / "Yuan" in a PRC one), not the first one it names (a US filing that mentions
     * its renminbi exposure once is still in dollars). On a tie the order is CNY, HKD, USD, as a
     * Hong Kong listed PRC group's report names the dollar only in passing; null when none is named.
     */
    public static String currencyOf(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = CURRENCY_MARK.matcher(text);
        m.region(0, Math.min(text.length(), CURRENCY_SCAN));
        while (m.find()) {
            for (int g = 1; g <= 4; g++) {
                if (m.group(g) != null) {
                    counts.merge(CURRENCIES[g - 1], 1, Integer::sum);
                    break;
                }
            }
        }
        String best = null;
        for (String c : List.of("CNY", "HKD", "USD")) {
            if (counts.getOrDefault(c, 0) > (best == null ? 0 : counts.get(best))) best = c;
        }
        return best;
    }
}

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

    public static String currencyOf(String text) {
        String t = text.toUpperCase(Locale.ROOT);
        if (t.contains("CNY") || t.contains("RMB") || t.contains("RENMINBI")) return "CNY";
        if (t.contains("HK$") || t.contains("HKD")) return "HKD";
        if (t.contains("US$") || t.contains("USD") || t.contains("$")) return "USD";
        return null;
    }
}

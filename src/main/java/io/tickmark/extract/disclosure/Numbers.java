package io.tickmark.extract.disclosure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts and RMB amounts as narrative writes them: "22", "twenty-two", "RMB220,000", "RMB1.2 million". */
final class Numbers {
    static final String COUNT = "(\\d{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";
    static final String RMB = "RMB\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s?(million|billion|thousand))?";
    private static final Pattern RMB_P = Pattern.compile(RMB);
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20));

    private Numbers() {}

    static int count(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        Integer w = WORDS.get(t);
        return w != null ? w : Integer.parseInt(t.replace(",", ""));
    }

    /** The first RMB amount in a string, in RMB; null when there is none. */
    static BigDecimal rmb(String s) {
        Matcher m = RMB_P.matcher(s);
        return m.find() ? rmb(m) : null;
    }

    static BigDecimal rmb(Matcher m) {
        BigDecimal v = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
        String unit = m.group(3);
        if ("million".equals(unit)) v = v.multiply(BigDecimal.valueOf(1_000_000));
        else if ("billion".equals(unit)) v = v.multiply(BigDecimal.valueOf(1_000_000_000));
        else if ("thousand".equals(unit)) v = v.multiply(BigDecimal.valueOf(1000));
        return v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v;
    }

    static BigDecimal decimal(String s) {
        return new BigDecimal(s.replace(",", ""));
    }
}

package io.tickmark.extract.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts and percentages as narrative text writes them: "RMB911,727,000", "RMB(283,431,000)",
 * "RMB6.90 cents", "USD35,000,000", "$4.6 billion", "$19,338 million", "47.92%". Each carries half of
 * the last unit it displays, which is the rounding any arithmetic over it may carry: a figure shown to
 * the thousand ("911,727,000") is exact to 500; "$4.6 billion" to 50 million.
 */
public final class Quantities {
    private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    static final Pattern MONEY = Pattern.compile(
            "(?<cur>RMB|HK\\$|US\\$|USD|HKD|CNY|EUR|GBP|JPY|S\\$|\\$|€|£|¥)\\s?(?:\\((?<pnum>" + NUM + ")\\)|(?<sign>-)?(?<num>" + NUM + "))"
                    + "(?:\\s?(?<scale>trillion|billion|million|thousand|cents?|bn|mn)\\b)?");
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.,])(?<num>\\d+(?:\\.\\d+)?)\\s?(?:%|per cent\\b|percent\\b)");
    private static final Pattern APPROX = Pattern.compile("(?i)(approximately|approx\\.?|about|around|nearly|some|roughly)\\s*$");

    private Quantities() {}

    /** An amount in base currency units, signed as written, with its position in the text. */
    public record Money(int start, int end, BigDecimal value, BigDecimal halfUnit, String currency, boolean approximate) {}

    /** A percentage as written (47.92 for "47.92%"). */
    public record Percent(int start, int end, BigDecimal value, BigDecimal halfUnit, boolean approximate) {}

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    public static List<Money> money(String s) {
        List<Money> out = new ArrayList<>();
        if (!hasDigit(s)) return out; // every amount has one
        Matcher m = MONEY.matcher(s);
        int n = s.length();
        for (int at = nextCurrency(s, 0); at < n; at = nextCurrency(s, at + 1)) {
            if (!m.region(at, n).lookingAt()) continue;
            String raw = m.group("pnum") != null ? m.group("pnum") : m.group("num");
            boolean negative = m.group("pnum") != null || m.group("sign") != null;
            BigDecimal v = new BigDecimal(raw.replace(",", ""));
            BigDecimal scale = scale(m.group("scale"));
            BigDecimal unit = displayedUnit(raw).multiply(scale);
            BigDecimal value = v.multiply(scale);
            if (negative) value = value.negate();
            String cur = currency(m.group("cur"));
            out.add(new Money(m.start(), m.end(), value.stripTrailingZeros(), unit.divide(BigDecimal.valueOf(2)), cur,
                    APPROX.matcher(s.substring(Math.max(0, m.start() - 20), m.start())).find()));
            at = m.end() - 1; // the next search starts where this amount ends, as find's does
        }
        return out;
    }

    /**
     * The first position from {@code from} where an amount can start: every amount starts with a
     * currency token of {@link #MONEY}, whose first characters are the symbols and the capitals below
     * (the pattern is case-sensitive). {@link #money} tries the pattern only there, anchored at the
     * position ({@code lookingAt} over the rest of the text: the pattern looks neither behind nor
     * before its start, and its one {@code \b} sees the real text end), instead of {@code find}'s
     * attempt at every position with thirteen alternatives (3% of a PDF check). A match found this way
     * is the leftmost one {@code find} would return.
     */
    static int nextCurrency(String s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            switch (s.charAt(i)) {
                case '$', '€', '£', '¥' -> { return i; }
                case 'R' -> { if (s.startsWith("RMB", i)) return i; }
                case 'H' -> { if (s.startsWith("HK$", i) || s.startsWith("HKD", i)) return i; }
                case 'U' -> { if (s.startsWith("US$", i) || s.startsWith("USD", i)) return i; }
                case 'C' -> { if (s.startsWith("CNY", i)) return i; }
                case 'E' -> { if (s.startsWith("EUR", i)) return i; }
                case 'G' -> { if (s.startsWith("GBP", i)) return i; }
                case 'J' -> { if (s.startsWith("JPY", i)) return i; }
                case 'S' -> { if (s.startsWith("S$", i)) return i; }
                default -> { }
            }
        }
        return n;
    }

    public static List<Percent> percents(String s) {
        List<Percent> out = new ArrayList<>();
        if (!hasDigit(s)) return out; // every percentage has one
        Matcher m = PERCENT.matcher(s);
        while (m.find()) {
            String raw = m.group("num");
            out.add(new Percent(m.start(), m.end(), new BigDecimal(raw), displayedUnit(raw).divide(BigDecimal.valueOf(2)),
                    APPROX.matcher(s.substring(Math.max(0, m.start() - 20), m.start())).find()));
        }
        return out;
    }

    /** A whole number as written ("1,142"). */
    public static BigDecimal count(String raw) {
        return new BigDecimal(raw.replace(",", ""));
    }

    /**
     * The last unit a number displays: 0.01 for "47.92", 1000 for "911,727,000", 1 for "4,409,772".
     * Trailing zeros of a whole number are read as rounding, which only ever widens a tolerance.
     */
    static BigDecimal displayedUnit(String raw) {
        String n = raw.replace(",", "");
        int dot = n.indexOf('.');
        if (dot >= 0) return BigDecimal.ONE.movePointLeft(n.length() - dot - 1);
        int zeros = 0;
        for (int i = n.length() - 1; i > 0 && n.charAt(i) == '0'; i--) zeros++;
        return BigDecimal.ONE.movePointRight(zeros);
    }

    private static BigDecimal scale(String word) {
        if (word == null) return BigDecimal.ONE;
        return switch (word) {
            case "trillion" -> new BigDecimal("1000000000000");
            case "billion", "bn" -> new BigDecimal("1000000000");
            case "million", "mn" -> new BigDecimal("1000000");
            case "thousand" -> new BigDecimal("1000");
            case "cent", "cents" -> new BigDecimal("0.01");
            default -> BigDecimal.ONE;
        };
    }

    private static String currency(String token) {
        return switch (token) {
            case "HK$", "HKD" -> "HK$";
            case "US$", "USD" -> "USD";
            case "$" -> "$";
            case "¥" -> "¥";
            default -> token;
        };
    }
}

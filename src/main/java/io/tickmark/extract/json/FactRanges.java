package io.tickmark.extract.json;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/**
 * The numeric ranges a facts file's line items must keep within (documented in the README's limits
 * section). Beyond them arithmetic stops meaning anything (a value of 1e999999999, a precision of
 * 2147483647 decimals, a scale of 0 that makes every figure zero) or would exhaust memory; such an
 * item is not read and becomes an extraction issue.
 */
final class FactRanges {
    private FactRanges() {}

    /** Digits before the decimal point of a value, at most (10^24 is far beyond any balance sheet). */
    static final int MAX_INTEGER_DIGITS = 24;
    /** Digits after the decimal point of a value, at most. */
    static final int MAX_FRACTION_DIGITS = 12;
    static final int MIN_DECIMALS = -15;
    static final int MAX_DECIMALS = 12;
    static final int MAX_SCALE_EXPONENT = 12;
    static final int MAX_WEIGHT = 1000;

    /** Why the value is out of range, or null when it is within. */
    static String value(String raw, BigDecimal v) {
        if (raw.length() > 100) return "value has more than 100 characters";
        if (v.signum() != 0 && v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
            return "value " + raw + " has more than " + MAX_INTEGER_DIGITS + " digits before the decimal point";
        }
        if (v.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS) {
            return "value " + raw + " has more than " + MAX_FRACTION_DIGITS + " digits after the decimal point";
        }
        return null;
    }

    /** The displayed precision, defaulting to the value's decimal places; null when out of range. */
    static Integer decimals(JsonNode n, BigDecimal value) {
        if (n == null || n.isNull()) return Math.max(0, Math.min(MAX_DECIMALS, value.scale()));
        Long d = whole(n);
        return d != null && d >= MIN_DECIMALS && d <= MAX_DECIMALS ? Integer.valueOf(d.intValue()) : null;
    }

    /** The unit multiplier, defaulting to 1; null unless a power of ten from 1 to 10^12. */
    static Long scale(JsonNode n) {
        if (n == null || n.isNull()) return 1L;
        Long s = whole(n);
        if (s == null || s < 1) return null;
        long p = 1;
        for (int i = 0; i <= MAX_SCALE_EXPONENT; i++, p *= 10) if (p == s) return s;
        return null;
    }

    static boolean weight(JsonNode n) {
        Long w = whole(n);
        return w != null && Math.abs(w) <= MAX_WEIGHT;
    }

    /** A whole number written as a JSON number (or a numeric string), within a long; else null. */
    private static Long whole(JsonNode n) {
        BigDecimal b;
        try {
            if (n.isNumber()) b = n.decimalValue();
            else if (n.isTextual() && n.asText().length() <= 30) b = new BigDecimal(n.asText().trim());
            else return null;
            return b.stripTrailingZeros().scale() <= 0 && b.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                    ? b.longValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}

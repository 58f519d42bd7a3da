package io.tickmark.facts;

import java.math.BigDecimal;

/**
 * Half of one displayed unit, in base units, for a unit header's scale and a displayed precision: the
 * rounding a figure may carry. Footings ask for the half unit of every total and part, and a filing's
 * figures have a handful of scales (units, thousands, millions) and precisions, so those values are
 * made once; any other pair is computed as it comes.
 */
final class HalfUnits {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** Scales 10^0 .. 10^12, precisions 0 .. 10 decimals. */
    private static final int POWERS = 13;
    private static final int DECIMALS = 11;
    private static final long[] SCALES = new long[POWERS];
    private static final BigDecimal[][] HALF = new BigDecimal[POWERS][DECIMALS];

    static {
        long s = 1;
        for (int p = 0; p < POWERS; p++, s *= 10) {
            SCALES[p] = s;
            for (int d = 0; d < DECIMALS; d++) HALF[p][d] = compute(s, d);
        }
    }

    private HalfUnits() {}

    static BigDecimal of(long scale, int decimals) {
        if (decimals >= 0 && decimals < DECIMALS) {
            for (int p = 0; p < POWERS; p++) if (SCALES[p] == scale) return HALF[p][decimals];
        }
        return compute(scale, decimals);
    }

    static BigDecimal compute(long scale, int decimals) {
        return BigDecimal.valueOf(scale).multiply(BigDecimal.ONE.movePointLeft(decimals)).divide(TWO);
    }
}

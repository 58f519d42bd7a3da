package io.tickmark.facts;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The figure's keys, half unit and amount, now made once and shared, are what they were computed per call. */
class FigureArithmeticTest {

    @Test
    void positionKeysAreTheNumbersAsText() {
        for (int p : new int[] {0, 1, 9, 10, 399, 1023, 1024, 5000, -1, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertEquals(Integer.toString(p), PositionKeys.of(p));
        }
        assertSame(PositionKeys.of(12), PositionKeys.of(12));
    }

    @Test
    void halfUnitsAreTheComputedValueWithItsScale() {
        long[] scales = {1, 1000, 1_000_000, 1_000_000_000L, 0, Long.MAX_VALUE >> 8, Long.MAX_VALUE};
        int[] decimals = {0, 1, 2, 3, -3, -64, 64, 65, -65, Integer.MAX_VALUE / 2};
        for (long s : scales) {
            for (int d : decimals) {
                if (Math.abs((long) d) > 1000) continue; // movePointLeft by a huge count is not a displayed precision
                BigDecimal expected = BigDecimal.valueOf(s).multiply(BigDecimal.ONE.movePointLeft(d)).divide(BigDecimal.valueOf(2));
                BigDecimal first = HalfUnits.of(s, d);
                BigDecimal again = HalfUnits.of(s, d);
                // the same number with the same scale: toPlainString and compareTo both see no difference
                assertEquals(expected, first, s + " " + d);
                assertEquals(expected, again, s + " " + d);
            }
        }
    }

    @Test
    void figureAmountAndHalfUnitAsBefore() {
        Figure f = new Figure("t#1", "doc", "t", "balance", "consolidated", 3, 1, "Cash", "Cash", "2023", "2023-12-31",
                new BigDecimal("1234.5"), 1, 1000, "USD", null);
        assertEquals(new BigDecimal("1234500.0"), f.getAmount());
        assertSame(f.getAmount(), f.getAmount());
        assertEquals(new BigDecimal("50.0"), f.getHalfUnit()); // 1000 * 0.1 / 2, the scale of 0.1 kept
        assertEquals("3", f.getRowKey());
        assertEquals("1", f.getColumnKey());
        assertEquals(new BigDecimal("5000.0"), f.withValue(new BigDecimal("5.0")).getAmount());
    }

    @Test
    void figuresShareTheTextsTheyRepeat() {
        // two parses of the same table hand over equal but distinct strings
        Figure a = new Figure("t#1", new String("doc"), new String("t"), "note", "consolidated", 1, 0, new String("Cash"), null,
                new String("2023"), "2023-12-31", BigDecimal.ONE, 0, 1, "USD", null);
        Figure b = new Figure("t#2", new String("doc"), new String("t"), "note", "consolidated", 2, 0, new String("Cash"), null,
                new String("2023"), "2023-12-31", BigDecimal.TEN, 0, 1, "USD", null);
        assertSame(a.getDocument(), b.getDocument());
        assertSame(a.getTable(), b.getTable());
        assertSame(a.getLabel(), b.getLabel());
        assertSame(a.getColumnLabel(), b.getColumnLabel());
        assertEquals("Cash", b.getLabel());
        assertEquals(null, a.getConcept());
    }
}

package io.tickmark.facts;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Figure ids are written by hand for speed; they read as the format they replaced, signs and extremes included. */
class FigureIdTest {
    private static String format(String table, int row, int column) {
        return String.format("%s#%04d.%02d", table, row, column);
    }

    @Test
    void sameAsTheFormat() {
        int[] values = {0, 1, 7, 9, 10, 12, 99, 100, 999, 1000, 9999, 10000, 12345, -1, -5, -99, -100, -999, -1000, -12345,
                Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int r : values) {
            for (int c : values) assertEquals(format("doc.txt#t3", r, c), Figure.idFor("doc.txt#t3", r, c), r + "," + c);
        }
    }

    @Test
    void sameAsTheFormatOnRandomNumbers() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            int r = random.nextInt(), c = random.nextInt(300) - 150;
            assertEquals(format("t", r, c), Figure.idFor("t", r, c));
        }
    }
}

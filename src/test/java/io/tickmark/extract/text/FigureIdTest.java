package io.tickmark.extract.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Figure ids are built by hand for speed; they read as the format they replaced. */
class FigureIdTest {
    @Test
    void sameAsTheFormat() {
        for (int r : new int[]{0, 7, 12, 999, 1000, 12345}) {
            for (int c : new int[]{0, 3, 10, 99, 100}) {
                assertEquals(String.format("%s#%04d.%02d", "doc.txt#t3", r, c), FactBuilder.figureId("doc.txt#t3", r, c));
            }
        }
    }
}

package io.tickmark.extract.layout;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Boxes are written as {@code String.format("%.1f")} writes their numbers, to the character. */
class LineBoxTest {

    private static String fast(double v) {
        StringBuilder s = new StringBuilder();
        LineBox.oneDecimal(s, v);
        return s.toString();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    @Test
    void edgeCasesAsTheFormatterWritesThem() {
        double[] cases = {0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.15, 0.25, 0.35, -0.15, 0.95, -0.95, 9.95, 99.95, 1.25, 2.5,
                612, 792, -12.3456, 1e-9, -1e-9, 123456.75, 0.45f, 12.35f, 791.95f, 1e8, 1e9, -1e12, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE};
        for (double v : cases) assertThat(fast(v)).as("%s", v).isEqualTo(format(v));
    }

    @Test
    void randomPageCoordinatesAsTheFormatterWritesThem() {
        Random r = new Random(20261207L);
        for (int i = 0; i < 200_000; i++) {
            float f = (r.nextFloat() - 0.1f) * 1200;
            assertThat(fast(f)).as("%s", f).isEqualTo(format(f));
            double d = Math.round((r.nextDouble() - 0.2) * 20000) / 20.0; // ties and near ties on the hundredths
            assertThat(fast(d)).as("%s", d).isEqualTo(format(d));
            double e = (r.nextDouble() - 0.5) * 1e6;
            assertThat(fast(e)).as("%s", e).isEqualTo(format(e));
        }
    }

    @Test
    void aBoxAndAUnionAreWrittenAsBefore() {
        LineBox box = new LineBox(new float[]{72.04f, 700.25f, 78.96f, 710.55f, Float.NaN, Float.NaN, Float.NaN, Float.NaN,
                90.5f, 699.95f, 96.449f, 711f});
        assertThat(box.whole()).isEqualTo(String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f", 72.04f, 699.95f, 96.449f, 711f));
        assertThat(LineBox.union(java.util.List.of("1.0,2.0,3.0,4.0", "-0.5,2.5,3.25,5.0")))
                .isEqualTo(String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f", -0.5, 2.0, 3.25, 5.0));
    }
}

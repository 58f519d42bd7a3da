package io.tickmark.extract.layout;

import java.util.Locale;

/**
 * Where a line read from a PDF sits on its page: the box of the glyph behind each character
 * column, so that any run of columns (a figure, a label) has a box of its own. Boxes are in PDF
 * user space: points, origin at the lower-left corner of the page's crop box, y upwards, as PDF
 * tools address a page; written {@code x0,y0,x1,y1}.
 */
public final class LineBox {
    private final float[] boxes;

    /** @param boxes four values (x0, y0, x1, y1) per character column; NaN for columns without a glyph */
    public LineBox(float[] boxes) {
        this.boxes = boxes;
    }

    /** The box around the glyphs in columns {@code [start, end)}, or null when there are none. */
    public String span(int start, int end) {
        float x0 = Float.POSITIVE_INFINITY;
        float y0 = Float.POSITIVE_INFINITY;
        float x1 = Float.NEGATIVE_INFINITY;
        float y1 = Float.NEGATIVE_INFINITY;
        int n = boxes.length / 4;
        for (int c = Math.max(0, start); c < Math.min(end, n); c++) {
            if (Float.isNaN(boxes[4 * c])) continue;
            x0 = Math.min(x0, boxes[4 * c]);
            y0 = Math.min(y0, boxes[4 * c + 1]);
            x1 = Math.max(x1, boxes[4 * c + 2]);
            y1 = Math.max(y1, boxes[4 * c + 3]);
        }
        if (x0 > x1) return null;
        return format(x0, y0, x1, y1);
    }

    /**
     * Whether the line reads left to right along the page's x axis (its glyphs advance in x on one
     * level), so that x positions compare as character columns do; false for text turned on the
     * page (a page rotated for display, a rotated caption) and for lines of fewer than two glyphs.
     */
    public boolean upright() {
        int n = boxes.length / 4;
        int first = -1;
        int last = -1;
        for (int c = 0; c < n; c++) {
            if (Float.isNaN(boxes[4 * c])) continue;
            if (first < 0) first = c;
            last = c;
        }
        if (first < 0 || last == first) return false;
        float height = boxes[4 * first + 3] - boxes[4 * first + 1];
        return boxes[4 * last] > boxes[4 * first] && Math.abs(boxes[4 * last + 1] - boxes[4 * first + 1]) < Math.max(1f, height);
    }

    /**
     * The right edge, in points, of the glyphs in columns {@code [start, end)}; NaN when there are
     * none. Right-aligned figures share it however many character columns the layout gave them.
     */
    public float right(int start, int end) {
        float x1 = Float.NaN;
        int n = boxes.length / 4;
        for (int c = Math.max(0, start); c < Math.min(end, n); c++) {
            if (Float.isNaN(boxes[4 * c + 2])) continue;
            x1 = Float.isNaN(x1) ? boxes[4 * c + 2] : Math.max(x1, boxes[4 * c + 2]);
        }
        return x1;
    }

    /** The box around the whole line. */
    public String whole() {
        return span(0, boxes.length / 4);
    }

    /** The box around several boxes written as {@code x0,y0,x1,y1}; null when none is given. */
    public static String union(Iterable<String> boxes) {
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (String b : boxes) {
            if (b == null) continue;
            String[] p = b.split(",");
            x0 = Math.min(x0, Double.parseDouble(p[0]));
            y0 = Math.min(y0, Double.parseDouble(p[1]));
            x1 = Math.max(x1, Double.parseDouble(p[2]));
            y1 = Math.max(y1, Double.parseDouble(p[3]));
        }
        return x0 > x1 ? null : format(x0, y0, x1, y1);
    }

    private static String format(double x0, double y0, double x1, double y1) {
        // Every figure of a PDF gets a box: String.format's parsing of its pattern was a few per cent
        // of a PDF check, so the four numbers are written directly, as "%.1f" writes them.
        StringBuilder s = new StringBuilder(32);
        oneDecimal(s, x0);
        oneDecimal(s.append(','), y0);
        oneDecimal(s.append(','), x1);
        oneDecimal(s.append(','), y1);
        return s.toString();
    }

    /**
     * Appends {@code v} as {@code String.format(Locale.ROOT, "%.1f", v)} does. A value whose tenths
     * are plainly nearer one digit than the other is rounded here; a near tie (where the formatter's
     * decimal rounding decides), a negative zero and values out of the range of page coordinates are
     * left to the formatter.
     */
    static void oneDecimal(StringBuilder s, double v) {
        double tenths = v * 10;
        if (Math.abs(tenths) < 1e9 && Math.abs(tenths - Math.floor(tenths) - 0.5) > 1e-6) {
            long r = Math.round(tenths);
            if (r != 0 || !(v < 0 || Double.doubleToRawLongBits(v) < 0)) {
                if (r < 0) s.append('-');
                long a = Math.abs(r);
                s.append(a / 10).append('.').append((char) ('0' + a % 10));
                return;
            }
        }
        s.append(String.format(Locale.ROOT, "%.1f", v));
    }

    @Override public String toString() {
        String w = whole();
        return w == null ? "" : w;
    }
}

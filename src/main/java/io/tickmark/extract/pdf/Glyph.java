package io.tickmark.extract.pdf;

/**
 * One character as drawn on a page, in the reading frame of its text direction: {@code x} and
 * {@code advance} along the line, {@code base} the baseline measured downwards from the top of
 * the frame. Where the glyph sits in PDF user space (points, y up) is kept as its origin
 * ({@code ux}, {@code uy}) and the vector of its advance ({@code ax}, {@code ay}), from which its
 * box is drawn for the page and box every fact carries.
 *
 * @param seq    position in the content stream (adjacent glyphs of one string have adjacent numbers)
 * @param font   the font object (identity only: words merge only within one font)
 * @param dir    text direction in quarter turns (0: left to right, 1: upwards, ...)
 */
record Glyph(int codePoint, double x, double advance, double base, double fontSize, double ascent, double descent,
             Object font, int dir, int seq, double ux, double uy, double ax, double ay) {

    boolean isSpace() {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0xA0;
    }

    /** Writes the glyph's box (x0, y0, x1, y1 in user space: its advance, from descent to ascent) at {@code at}. */
    void box(float[] dst, int at) {
        // Math.hypot is slow and most text runs along an axis, where it is exactly the other component's size.
        double len = ay == 0 ? Math.abs(ax) : ax == 0 ? Math.abs(ay) : Math.hypot(ax, ay);
        double dx = len == 0 ? 1 : ax / len;
        double dy = len == 0 ? 0 : ay / len;
        // "Up" for the glyph is the advance direction turned a quarter to the left.
        double asc = ascent * fontSize;
        double desc = descent * fontSize;
        double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < 2; a++) {
            for (int u = 0; u < 2; u++) {
                double along = a == 0 ? 0 : len;
                double up = u == 0 ? desc : asc;
                double x = ux + dx * along - dy * up;
                double y = uy + dy * along + dx * up;
                x0 = Math.min(x0, x);
                y0 = Math.min(y0, y);
                x1 = Math.max(x1, x);
                y1 = Math.max(y1, y);
            }
        }
        dst[at] = (float) x0;
        dst[at + 1] = (float) y0;
        dst[at + 2] = (float) x1;
        dst[at + 3] = (float) y1;
    }
}

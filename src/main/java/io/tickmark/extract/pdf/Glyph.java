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
        // Printable ASCII, most of any page, is neither whitespace nor a space character.
        if (codePoint > ' ' && codePoint < 0x7F) return false;
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0xA0;
    }

    /** {@link Character#isDigit(int)}, answered at one look for ASCII (where only 0-9 are digits). */
    static boolean isDigit(int codePoint) {
        return codePoint < 0x80 ? codePoint >= '0' && codePoint <= '9' : Character.isDigit(codePoint);
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
        // The four corners: origin and end of the advance, each at descent and at ascent. The
        // arithmetic is exactly that of every corner written out (the min and max of a set of
        // doubles do not depend on their order), without a loop per glyph.
        double xa = ux + dx * 0.0 - dy * desc;
        double ya = uy + dy * 0.0 + dx * desc;
        double xb = ux + dx * 0.0 - dy * asc;
        double yb = uy + dy * 0.0 + dx * asc;
        double xc = ux + dx * len - dy * desc;
        double yc = uy + dy * len + dx * desc;
        double xd = ux + dx * len - dy * asc;
        double yd = uy + dy * len + dx * asc;
        double x0 = Math.min(Math.min(xa, xb), Math.min(xc, xd));
        double y0 = Math.min(Math.min(ya, yb), Math.min(yc, yd));
        double x1 = Math.max(Math.max(xa, xb), Math.max(xc, xd));
        double y1 = Math.max(Math.max(ya, yb), Math.max(yc, yd));
        dst[at] = (float) x0;
        dst[at + 1] = (float) y0;
        dst[at + 2] = (float) x1;
        dst[at + 3] = (float) y1;
    }
}

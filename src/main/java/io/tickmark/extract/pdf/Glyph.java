package io.tickmark.extract.pdf;

/**
 * One character as drawn on a page, in the reading frame of its text direction: {@code x} and
 * {@code advance} along the line, {@code base} the baseline measured downwards from the top of
 * the frame. {@code box} is where the glyph sits in PDF user space (x0, y0, x1, y1, points, y up),
 * for the page and box every fact carries.
 *
 * @param seq    position in the content stream (adjacent glyphs of one string have adjacent numbers)
 * @param font   the font object (identity only: words merge only within one font)
 * @param dir    text direction in quarter turns (0: left to right, 1: upwards, ...)
 */
record Glyph(int codePoint, double x, double advance, double base, double fontSize, double ascent, double descent,
             Object font, int dir, int seq, float[] box) {

    boolean isSpace() {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0xA0;
    }
}

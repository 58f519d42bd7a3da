package io.tickmark.extract.pdf;


/**
 * One line of a block: its words left to right, joined into characters with single spaces where
 * the words are apart, each character with its left edge and its character column.
 */
final class TextRow extends WordGroup {
    final double base;
    /** Characters of the line (code points); a space between words is a character without a glyph. */
    int[] chars;
    /** The glyph behind each character, null for an inserted space. */
    Glyph[] glyphs;
    /** Left edge of each character, and the right edge of the line at index {@code chars.length}. */
    double[] edge;
    /** Character column of each character (and one past the end), relative to the page once placed. */
    int[] col;

    TextRow(Word first) {
        this.base = first.base;
        add(first);
    }

    double fontSize() { return words.get(0).fontSize; }
    int length() { return chars.length; }
}

package io.tickmark.extract.pdf;

/**
 * One line of a page as laid out: its text (spaces place each piece at its character column) and
 * four box values per character, NaN where a character has no glyph (spaces). Null boxes for a
 * blank line.
 */
record PageLine(String text, float[] boxes) {
    static final PageLine BLANK = new PageLine("", null);
}

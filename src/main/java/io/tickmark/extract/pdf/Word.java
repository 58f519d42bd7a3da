package io.tickmark.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of glyphs drawn together without a gap, in the reading frame of its direction: its
 * characters with their left edges, bounds, baseline and font. Words are the unit that lines and
 * blocks are built from.
 */
final class Word {
    final List<Glyph> glyphs = new ArrayList<>();
    final int dir;
    final double fontSize;
    final double base;
    double xMin;
    double xMax;
    double yMin;
    double yMax;
    /** A space follows this word on its line. */
    boolean spaceAfter;
    /** The first and last glyph, asked of every word many times while lines are built (a list look-up each). */
    private final Glyph first;
    private Glyph last;

    Word(Glyph first) {
        this.dir = first.dir();
        this.fontSize = first.fontSize();
        this.base = first.base();
        this.xMin = first.x();
        this.xMax = first.x() + first.advance();
        this.yMin = base - first.ascent() * fontSize;
        this.yMax = base - first.descent() * fontSize;
        if (yMin == yMax) yMax = yMin + 1;
        glyphs.add(first);
        this.first = first;
        this.last = first;
    }

    void add(Glyph g) {
        glyphs.add(g);
        last = g;
        xMax = g.x() + g.advance();
    }

    /** Appends a word that continues this one (same font, drawn right after it). */
    void merge(Word w) {
        glyphs.addAll(w.glyphs);
        last = w.last;
        xMin = Math.min(xMin, w.xMin);
        xMax = Math.max(xMax, w.xMax);
        yMin = Math.min(yMin, w.yMin);
        yMax = Math.max(yMax, w.yMax);
    }

    int length() { return glyphs.size(); }
    Glyph last() { return last; }
    Glyph first() { return first; }

    /** Left edge of character i; the word's right edge for i == length(). */
    double edge(int i) {
        return i < glyphs.size() ? glyphs.get(i).x() : xMax;
    }

    /** Gap from the end of this word to the start of another on the same line. */
    double gapTo(Word w) {
        return w.xMin - xMax;
    }

    String text() {
        StringBuilder s = new StringBuilder();
        for (Glyph g : glyphs) s.appendCodePoint(g.codePoint());
        return s.toString();
    }

    @Override public String toString() { return text() + "@" + Math.round(xMin) + "," + Math.round(base); }
}

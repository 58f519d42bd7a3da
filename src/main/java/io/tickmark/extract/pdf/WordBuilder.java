package io.tickmark.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups a page's glyphs, in the order they were drawn, into words. A word ends at a space
 * character, at a gap wider than a tenth of the font size, at an overlap (text drawn twice for a
 * bold effect), at a change of baseline, font size or direction, and where a figure meets text in
 * another font.
 */
final class WordBuilder {
    private static final double WORD_BREAK_GAP = 0.1;
    private static final double OVERLAP_BREAK = 0.2;
    private static final double DUPLICATE_ALONG = 0.1;
    private static final double DUPLICATE_ACROSS = 0.2;

    private WordBuilder() {}

    static List<Word> words(List<Glyph> glyphs, double frameWidth, double frameHeight) {
        List<Word> out = new ArrayList<>();
        Word current = null;
        boolean lastOverlap = false;
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                if (current != null) out.add(current);
                current = null;
                continue;
            }
            if (g.codePoint() == 0) continue;
            double w = g.dir() % 2 == 0 ? frameWidth : frameHeight;
            double h = g.dir() % 2 == 0 ? frameHeight : frameWidth;
            // Text outside the page is not part of the page (printers' marks, text pushed off-page).
            if (g.x() + g.advance() < 0 || g.x() > w || g.base() < 0 || g.base() > h) continue;
            if (current != null) {
                double sp = g.x() - current.xMax;
                double delta = g.x() - current.last().x();
                boolean overlap = Tol.lt(Math.abs(delta), DUPLICATE_ALONG * current.fontSize)
                        && Tol.lt(Math.abs(g.base() - current.base), DUPLICATE_ACROSS * current.fontSize);
                if (overlap || lastOverlap || Tol.lt(sp, -OVERLAP_BREAK * current.fontSize) || Tol.gt(sp, WORD_BREAK_GAP * current.fontSize)
                        || Tol.gt(Math.abs(g.base() - current.base), 0.5) || g.fontSize() != current.fontSize || g.dir() != current.dir
                        || g.advance() < 0 || figureEndsAtFontChange(current.last(), g)) {
                    out.add(current);
                    current = null;
                }
                lastOverlap = overlap;
            } else {
                lastOverlap = false;
            }
            if (current == null) current = new Word(g);
            else current.add(g);
        }
        if (current != null) out.add(current);
        return out;
    }

    /**
     * Digits followed, without a gap, by a digit or letter in another font are two pieces of text
     * set against each other (a bold year beside a regular one, a number before a word): they
     * must not become one word, or {@code 2021} and {@code 2022} would read as {@code 20212022}.
     */
    private static boolean figureEndsAtFontChange(Glyph last, Glyph next) {
        return last.font() != next.font() && Glyph.isDigit(last.codePoint()) && Character.isLetterOrDigit(next.codePoint());
    }
}

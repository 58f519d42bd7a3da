package io.tickmark.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Words that belong together on a page: a paragraph, a column of figures, a heading. Its lines
 * get character columns relative to the block; the block gets a column offset on the page.
 */
final class Block {
    final List<Word> words = new ArrayList<>();
    final List<TextRow> lines = new ArrayList<>();
    double xMin = 0;
    double xMax = -1;
    double yMin = 0;
    double yMax = -1;
    int col;
    int columns;

    void add(Word w) {
        words.add(w);
        if (xMin > xMax) {
            xMin = w.xMin;
            xMax = w.xMax;
            yMin = w.yMin;
            yMax = w.yMax;
        } else {
            xMin = Math.min(xMin, w.xMin);
            xMax = Math.max(xMax, w.xMax);
            yMin = Math.min(yMin, w.yMin);
            yMax = Math.max(yMax, w.yMax);
        }
    }
}

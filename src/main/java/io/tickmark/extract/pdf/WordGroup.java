package io.tickmark.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/** Words gathered into a line or a block, with the box that encloses them. */
abstract class WordGroup {
    final List<Word> words = new ArrayList<>();
    double xMin = 0;
    double xMax = -1;
    double yMin = 0;
    double yMax = -1;

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

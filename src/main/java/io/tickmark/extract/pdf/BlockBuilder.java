package io.tickmark.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the words of one text direction into blocks: starting from the top-left word, a block
 * grows by words on the lines just above and below that overlap it horizontally, by words on its
 * own lines within a small gap, and by up to three words just beside it. A wide gap therefore
 * separates blocks, which is what keeps a column of figures apart from its labels.
 */
final class BlockBuilder {
    /** Largest horizontal gap (in font sizes) over which a word on a block's lines joins the block. */
    static final double COL_SPACING_JOIN = 0.7;
    private static final double COL_SPACING_BESIDE = 1.0;
    private static final double LINE_SPACING = 1.5;
    private static final double INTRA_LINE = 0.5;
    private static final double FONT_DELTA_LINES = 0.05;
    private static final double FONT_DELTA_OVERLAP = 0.6;
    private static final double FONT_DELTA_BESIDE = 0.2;

    private BlockBuilder() {}

    static List<Block> blocks(List<Word> words) {
        Pool pool = new Pool(words);
        List<Block> out = new ArrayList<>();
        int poolMin = pool.minIdx();
        while (true) {
            while (poolMin <= pool.maxIdx() && pool.bucket(poolMin).isEmpty()) poolMin++;
            if (poolMin > pool.maxIdx()) break;
            int start = pool.leftmostStart(poolMin);
            Block blk = new Block();
            Word w0 = pool.remove(start, 0);
            blk.add(w0);
            double fs = w0.fontSize;
            double minBase = w0.base;
            double maxBase = w0.base;
            double colSpace1 = COL_SPACING_JOIN * fs;
            double colSpace2 = COL_SPACING_BESIDE * fs;
            double lineSpace = LINE_SPACING * fs;
            double intra = INTRA_LINE * fs;
            boolean found;
            do {
                found = false;
                // Words on the line above the block's top that overlap it horizontally.
                double newMin = minBase;
                for (int b = pool.idx(minBase); b >= pool.idx(minBase - lineSpace); b--) {
                    List<Word> bucket = pool.bucket(b);
                    for (int i = 0; i < bucket.size(); ) {
                        Word w = bucket.get(i);
                        if (Tol.lt(w.base, minBase) && Tol.ge(w.base, minBase - lineSpace) && Tol.lt(w.xMin, blk.xMax) && Tol.gt(w.xMax, blk.xMin)
                                && Math.abs(w.fontSize - fs) < FONT_DELTA_LINES * fs) {
                            pool.remove(b, i);
                            blk.add(w);
                            found = true;
                            newMin = w.base;
                        } else {
                            i++;
                        }
                    }
                }
                minBase = newMin;
                // Words on the line below the block's bottom that overlap it horizontally.
                double newMax = maxBase;
                for (int b = pool.idx(maxBase); b <= pool.idx(maxBase + lineSpace); b++) {
                    List<Word> bucket = pool.bucket(b);
                    for (int i = 0; i < bucket.size(); ) {
                        Word w = bucket.get(i);
                        if (Tol.gt(w.base, maxBase) && Tol.le(w.base, maxBase + lineSpace) && Tol.lt(w.xMin, blk.xMax) && Tol.gt(w.xMax, blk.xMin)
                                && Math.abs(w.fontSize - fs) < FONT_DELTA_LINES * fs) {
                            pool.remove(b, i);
                            blk.add(w);
                            found = true;
                            newMax = w.base;
                        } else {
                            i++;
                        }
                    }
                }
                maxBase = newMax;
                // Words on the block's lines that overlap it or come within a small gap of it.
                for (int b = pool.idx(minBase - intra); b <= pool.idx(maxBase + intra); b++) {
                    List<Word> bucket = pool.bucket(b);
                    for (int i = 0; i < bucket.size(); ) {
                        Word w = bucket.get(i);
                        if (Tol.ge(w.base, minBase - intra) && Tol.le(w.base, maxBase + intra)
                                && Tol.lt(w.xMin, blk.xMax + colSpace1) && Tol.gt(w.xMax, blk.xMin - colSpace1)
                                && Math.abs(w.fontSize - fs) < FONT_DELTA_OVERLAP * fs) {
                            pool.remove(b, i);
                            blk.add(w);
                            found = true;
                        } else {
                            i++;
                        }
                    }
                }
                if (found) continue;
                // A few outlying words just left or right of the block join it.
                double[] bases = {minBase, maxBase};
                found |= beside(pool, blk, bases, intra, colSpace2, fs, true);
                found |= beside(pool, blk, bases, intra, colSpace2, fs, false);
                minBase = bases[0];
                maxBase = bases[1];
            } while (found);
            out.add(blk);
        }
        return out;
    }

    /** Adds the words just beside the block when there are at most three lines with such a word. */
    private static boolean beside(Pool pool, Block blk, double[] bases, double intra, double colSpace2, double fs, boolean left) {
        int n = 0;
        for (int b = pool.idx(bases[0] - intra); b <= pool.idx(bases[1] + intra); b++) {
            for (Word w : pool.bucket(b)) {
                if (isBeside(w, blk, bases, intra, colSpace2, fs, left)) {
                    n++;
                    break;
                }
            }
        }
        if (n == 0 || n > 3) return false;
        boolean found = false;
        for (int b = pool.idx(bases[0] - intra); b <= pool.idx(bases[1] + intra); b++) {
            List<Word> bucket = pool.bucket(b);
            for (int i = 0; i < bucket.size(); i++) {
                Word w = bucket.get(i);
                if (isBeside(w, blk, bases, intra, colSpace2, fs, left)) {
                    pool.remove(b, i);
                    blk.add(w);
                    if (w.base < bases[0]) bases[0] = w.base;
                    else if (w.base > bases[1]) bases[1] = w.base;
                    found = true;
                    break;
                }
            }
        }
        return found;
    }

    private static boolean isBeside(Word w, Block blk, double[] bases, double intra, double colSpace2, double fs, boolean left) {
        if (Tol.lt(w.base, bases[0] - intra) || Tol.gt(w.base, bases[1] + intra)) return false;
        if (Math.abs(w.fontSize - fs) >= FONT_DELTA_BESIDE * fs) return false;
        return left ? Tol.le(w.xMax, blk.xMin) && Tol.gt(w.xMax, blk.xMin - colSpace2)
                : Tol.ge(w.xMin, blk.xMax) && Tol.lt(w.xMin, blk.xMax + colSpace2);
    }

    /** Orders blocks left to right (then top to bottom) for column assignment. */
    static final Comparator<Block> BY_X = Comparator.<Block>comparingDouble(b -> b.xMin).thenComparingDouble(b -> b.yMin);
}

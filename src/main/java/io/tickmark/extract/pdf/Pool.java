package io.tickmark.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Words bucketed by baseline (a few points per bucket), each bucket ordered left to right: the
 * structure that lets block and line building look only at nearby baselines.
 */
final class Pool {
    private static final int STEP = 4;

    private final int minIdx;
    private final int maxIdx;
    private final List<List<Word>> buckets;
    private int size;

    Pool(List<Word> words) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (Word w : words) {
            int i = (int) (w.base / STEP);
            lo = Math.min(lo, i);
            hi = Math.max(hi, i);
        }
        if (words.isEmpty()) {
            lo = 0;
            hi = -1;
        }
        minIdx = lo;
        maxIdx = hi;
        buckets = new ArrayList<>(Math.max(0, hi - lo + 1));
        for (int i = lo; i <= hi; i++) buckets.add(new ArrayList<>());
        for (Word w : words) add(w);
    }

    void add(Word w) {
        List<Word> b = buckets.get((int) (w.base / STEP) - minIdx);
        int at = b.size();
        // Insert before the first word that does not start left of it.
        while (at > 0 && b.get(at - 1).xMin >= w.xMin) at--;
        b.add(at, w);
        size++;
    }

    int minIdx() { return minIdx; }
    int maxIdx() { return maxIdx; }
    boolean isEmpty() { return size == 0; }

    /** The bucket of a baseline, clamped to the buckets that exist. */
    int idx(double base) {
        double d = base / STEP;
        if (Double.isNaN(d) || d < minIdx) return minIdx;
        if (d > maxIdx) return maxIdx;
        return (int) d;
    }

    List<Word> bucket(int idx) {
        return buckets.get(idx - minIdx);
    }

    /**
     * Where to start the next line or block: the left-most first word among the next few lines,
     * so that it does not start with a superscript.
     */
    int leftmostStart(int poolMin) {
        int start = poolMin;
        for (int b = poolMin + 1; b < poolMin + 4 && b <= maxIdx(); b++) {
            Word f = first(b);
            if (f != null && f.xMin < first(start).xMin) start = b;
        }
        return start;
    }

    Word first(int idx) {
        List<Word> b = bucket(idx);
        return b.isEmpty() ? null : b.get(0);
    }

    Word remove(int idx, int pos) {
        size--;
        return bucket(idx).remove(pos);
    }

    boolean remove(int idx, Word w) {
        boolean r = bucket(idx).remove(w);
        if (r) size--;
        return r;
    }
}

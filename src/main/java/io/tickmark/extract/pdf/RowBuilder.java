package io.tickmark.extract.pdf;

import io.tickmark.util.Regex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds the lines of a block and their characters: words on one baseline (within half a font
 * size, so superscripts stay on their line) are taken left to right while the gap stays under
 * one and a half font sizes; words apart get one space between them; a word drawn right after
 * another in the same font continues it. A guard keeps figures intact: digits are never run
 * together with digits or letters of another word unless they form one number.
 */
final class RowBuilder {
    private static final double INTRA_LINE = 0.5;
    private static final double MAX_WORD_SPACING = 1.5;
    /** A gap after a figure that is wider than any word space: the next figure or currency sign is another cell. */
    private static final double CELL_GAP = 0.8;
    private static final double MIN_CHAR_SPACING = -0.5;
    private static final double MAX_CHAR_SPACING = 0.03;
    private static final double WIDE_CHAR_SPACING_MUL = 1.3;
    private static final double MAX_WIDE_CHAR_SPACING = 0.4;
    private static final double WORD_FONT_DELTA = 0.05;
    private static final double DUPLICATE_ALONG = 0.1;
    private static final double DUPLICATE_ACROSS = 0.2;
    private static final Pattern NUMBER = Pattern.compile("[($]*-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?%?\\)?");

    private RowBuilder() {}

    /** Builds the block's lines and gives their characters columns relative to the block. */
    static void build(Block blk) {
        List<Word> words = dropDuplicates(blk.words);
        Pool pool = new Pool(words);
        int poolMin = pool.minIdx();
        while (true) {
            while (poolMin <= pool.maxIdx() && pool.bucket(poolMin).isEmpty()) poolMin++;
            if (poolMin > pool.maxIdx()) break;
            int start = pool.leftmostStart(poolMin);
            Word w0 = pool.remove(start, 0);
            TextRow row = new TextRow(w0);
            Word last = w0;
            double fs = w0.fontSize;
            double minBase = w0.base - INTRA_LINE * fs;
            double maxBase = w0.base + INTRA_LINE * fs;
            int lo = pool.idx(minBase);
            int hi = pool.idx(maxBase);
            while (true) {
                int bestIdx = 0;
                int bestPos = -1;
                Word best = null;
                boolean overlap = false;
                // The next word is the left-most first word right of the last one on a nearby
                // baseline; a word overlapping the last one ends the line.
                for (int b = lo; !overlap && b <= hi; b++) {
                    List<Word> bucket = pool.bucket(b);
                    for (int i = 0; i < bucket.size(); i++) {
                        Word w = bucket.get(i);
                        if (Tol.ge(w.base, minBase) && Tol.le(w.base, maxBase)) {
                            double delta = last.gapTo(w);
                            if (Tol.lt(delta, MIN_CHAR_SPACING * fs)) {
                                overlap = true;
                            } else if (Tol.lt(delta, MAX_WORD_SPACING * fs) && (best == null || w.xMin < best.xMin)) {
                                best = w;
                                bestIdx = b;
                                bestPos = i;
                            }
                            break;
                        }
                    }
                }
                if (overlap || best == null) break;
                if (startsCellApart(last, best, fs)) break;
                pool.remove(bestIdx, bestPos);
                row.add(best);
                last = best;
            }
            coalesce(row);
            insertByBaseline(blk.lines, row);
        }
        assignColumns(blk);
    }

    /**
     * A table cell set closer to the one before it than the gap that separates cells elsewhere
     * ("$ 692 $ 696 $ 625" in a tight row): a figure, then more than a wide word space, then a
     * currency sign or another figure. The next cell starts a line of its own, so that it is
     * placed by where it is drawn, under its column, rather than a space after the figure before it.
     */
    private static boolean startsCellApart(Word last, Word next, double fs) {
        // most words follow the one before at a word space: the gap decides before the characters are looked at
        if (!Tol.ge(last.gapTo(next), CELL_GAP * fs)) return false;
        int end = last.last().codePoint();
        int start = next.first().codePoint();
        boolean figureEnds = Glyph.isDigit(end) || (end == ')' || end == '%') && Regex.matches(last.text(), ".*\\d[)%]{1,2}");
        boolean cellStarts = start == '$' || Glyph.isDigit(start) || start == '(' && Regex.matches(next.text(), "\\(\\$?\\d.*");
        return figureEnds && cellStarts;
    }

    /** Text drawn twice at almost the same place (a bold effect, a drop shadow) is kept once. */
    private static List<Word> dropDuplicates(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        // Each word is held against the 64 kept before it: their left edges and tolerances, kept
        // in arrays beside them, rule out almost all before a kept word is looked at.
        double[] keptX = new double[words.size()];
        double[] keptPri = new double[words.size()];
        outer:
        for (Word w : words) {
            int stop = Math.max(0, out.size() - 64);
            for (int k = out.size() - 1; k >= stop; k--) {
                double pri = keptPri[k];
                if (!(Math.abs(keptX[k] - w.xMin) < pri)) continue;
                Word o = out.get(k);
                double sec = DUPLICATE_ACROSS * o.fontSize;
                if (Math.abs(o.xMax - w.xMax) < pri && Math.abs(o.yMin - w.yMin) < sec && Math.abs(o.yMax - w.yMax) < sec
                        && o.length() == w.length() && o.text().equals(w.text())) {
                    continue outer;
                }
            }
            keptX[out.size()] = w.xMin;
            keptPri[out.size()] = DUPLICATE_ALONG * w.fontSize;
            out.add(w);
        }
        return out;
    }

    private static void insertByBaseline(List<TextRow> lines, TextRow row) {
        int at = lines.size();
        while (at > 0 && compareYX(lines.get(at - 1), row) > 0) at--;
        lines.add(at, row);
    }

    private static int compareYX(TextRow a, TextRow b) {
        int c = Double.compare(a.base, b.base);
        return c != 0 ? c : Double.compare(a.xMin, b.xMin);
    }

    /** Joins the row's words into characters: spaces where words are apart, merges where one continues another. */
    static void coalesce(TextRow row) {
        List<Word> words = row.words;
        if (words.size() > 1) {
            double minSpace;
            if (words.get(0).length() > 1 || words.get(1).length() > 1) {
                minSpace = 0;
            } else {
                // Letter-spaced text ("T O T A L"): the space threshold follows the letter gaps.
                minSpace = words.get(0).gapTo(words.get(1));
                for (int i = 1; i + 1 < words.size() && minSpace > 0; i++) {
                    if (words.get(i + 1).length() > 1) minSpace = 0;
                    minSpace = Math.min(minSpace, words.get(i).gapTo(words.get(i + 1)));
                }
            }
            double fs = words.get(0).fontSize;
            double space = minSpace <= 0 ? MAX_CHAR_SPACING * fs : Math.min(WIDE_CHAR_SPACING_MUL * minSpace, MAX_WIDE_CHAR_SPACING * fs);
            int i = 0;
            while (i + 1 < words.size()) {
                Word a = words.get(i);
                Word b = words.get(i + 1);
                boolean continues = a.last().font() == b.first().font() && Math.abs(a.fontSize - b.fontSize) < WORD_FONT_DELTA * fs
                        && b.first().seq() == a.last().seq() + 1;
                if (Tol.ge(a.gapTo(b), space)) {
                    a.spaceAfter = true;
                    i++;
                } else if (continues && !breaksFigure(a, b, true)) {
                    a.merge(b);
                    words.remove(i + 1);
                } else {
                    if (breaksFigure(a, b, continues)) a.spaceAfter = true;
                    i++;
                }
            }
        }
        int len = 0;
        for (Word w : words) len += w.length() + (w.spaceAfter ? 1 : 0);
        row.chars = new int[len];
        row.glyphs = new Glyph[len];
        row.edge = new double[len + 1];
        row.col = new int[len + 1];
        int k = 0;
        for (Word w : words) {
            for (int j = 0; j < w.length(); j++) {
                Glyph g = w.glyphs.get(j);
                row.chars[k] = g.codePoint();
                row.glyphs[k] = g;
                row.edge[k] = g.x();
                k++;
            }
            row.edge[k] = w.xMax;
            if (w.spaceAfter) {
                row.chars[k] = ' ';
                k++;
            }
        }
        for (int c = 0; c <= len; c++) row.col[c] = c;
    }

    /**
     * Whether running two words together would corrupt a figure: digits followed by digits of
     * another word (unless they are one number drawn in pieces, with valid thousands groups), or
     * digits followed by letters.
     */
    static boolean breaksFigure(Word a, Word b, boolean continues) {
        int last = a.last().codePoint();
        int first = b.first().codePoint();
        if (!Glyph.isDigit(last)) return false;
        if (Character.isLetter(first)) return !(continues && isOrdinal(b.text()));
        if (Glyph.isDigit(first) || first == ',' || first == '.') {
            return !continues || !NUMBER.matcher(a.text() + b.text()).matches();
        }
        return false;
    }

    private static boolean isOrdinal(String s) {
        return Regex.matches(s, "(st|nd|rd|th)\\b.*");
    }

    /**
     * Character columns within the block: lines are placed left to right; a line starts after the
     * end of every line entirely to its left, or at the character of an overlapping line that
     * sits at its left edge.
     */
    private static void assignColumns(Block blk) {
        List<TextRow> byX = new ArrayList<>(blk.lines);
        byX.sort(Comparator.<TextRow>comparingDouble(r -> r.xMin).thenComparingDouble(r -> r.base));
        blk.columns = 0;
        for (int i = 0; i < byX.size(); i++) {
            TextRow r0 = byX.get(i);
            int col1 = 0;
            for (int j = 0; j < i; j++) {
                TextRow r1 = byX.get(j);
                int col2;
                if (Tol.ge(r0.xMin, r1.xMax)) {
                    col2 = r1.col[r1.length()] + 1;
                } else {
                    int k = 0;
                    while (k < r1.length() && Tol.ge(r0.xMin, 0.5 * (r1.edge[k] + r1.edge[k + 1]))) k++;
                    col2 = r1.col[k];
                }
                col1 = Math.max(col1, col2);
            }
            for (int k = 0; k <= r0.length(); k++) r0.col[k] += col1;
            blk.columns = Math.max(blk.columns, r0.col[r0.length()]);
        }
    }
}

package io.tickmark.extract.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out one page as lines of text with character columns, the way layout text is written:
 * words are grouped into blocks and lines; each block gets a column offset from the blocks to its
 * left (past the end of a block entirely to its left, or proportionally inside one it overlaps);
 * lines on one baseline are written on one output line in column order; the vertical gap between
 * baselines becomes blank lines. Text in another direction than most of the page (a rotated
 * caption) is laid out in its own reading frame and follows the page's main text.
 */
final class PageLayout {
    private static final double INTRA_LINE = 0.5;
    private static final int BLOCK_GAP_COLUMNS = 3;
    static final Pattern LEADER = Pattern.compile("(?<![\\d.])(?:[.·…]{5,}|(?:[.·] ){5,}[.·]?)(?![\\d])");

    private PageLayout() {}

    static List<PageLine> lay(List<Glyph> glyphs, double frameWidth, double frameHeight) {
        List<Word> words = WordBuilder.words(glyphs, frameWidth, frameHeight);
        int[] chars = new int[4];
        for (Word w : words) chars[w.dir] += w.length();
        int primary = 0;
        for (int d = 1; d < 4; d++) if (chars[d] > chars[primary]) primary = d;
        List<PageLine> out = new ArrayList<>(layDirection(words, primary));
        for (int k = 1; k < 4; k++) {
            int d = (primary + k) % 4;
            if (chars[d] == 0) continue;
            out.add(PageLine.BLANK);
            out.addAll(layDirection(words, d));
        }
        return out;
    }

    private static List<PageLine> layDirection(List<Word> all, int dir) {
        List<Word> words = new ArrayList<>();
        for (Word w : all) if (w.dir == dir) words.add(w);
        if (words.isEmpty()) return List.of();
        List<Block> blocks = BlockBuilder.blocks(words);
        for (Block b : blocks) RowBuilder.build(b);
        placeBlocks(blocks);
        List<TextRow> frags = new ArrayList<>();
        for (Block b : blocks) frags.addAll(b.lines);
        return write(frags);
    }

    /** Column offset of each block from the blocks to its left. */
    private static void placeBlocks(List<Block> blocks) {
        List<Block> byX = new ArrayList<>(blocks);
        byX.sort(BlockBuilder.BY_X);
        for (int i = 0; i < byX.size(); i++) {
            Block b0 = byX.get(i);
            int col1 = 0;
            for (int j = 0; j < i; j++) {
                Block b1 = byX.get(j);
                int col2;
                if (Tol.gt(b0.xMin, b1.xMax)) col2 = b1.col + b1.columns + BLOCK_GAP_COLUMNS;
                else if (b1.xMax == b1.xMin) col2 = b1.col;
                else col2 = b1.col + (int) ((b0.xMin - b1.xMin) / (b1.xMax - b1.xMin) * b1.columns + 1e-9);
                col1 = Math.max(col1, col2);
            }
            b0.col = col1;
            for (TextRow r : b0.lines) for (int k = 0; k < r.col.length; k++) r.col[k] += col1;
        }
    }

    /** Writes the lines top to bottom; lines on one baseline share an output line, in column order. */
    private static List<PageLine> write(List<TextRow> frags) {
        frags.sort(PageLayout::topThenLeft);
        // Group lines on the same baseline and order each group by column.
        for (int i = 0; i < frags.size(); ) {
            double base = frags.get(i).base;
            double delta = INTRA_LINE * frags.get(i).fontSize();
            int end = i + 1;
            while (end < frags.size() && Tol.lt(Math.abs(frags.get(end).base - base), delta)) end++;
            frags.subList(i, end).sort(PageLayout::byColumn);
            i = end;
        }
        List<PageLine> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        FloatList boxes = new FloatList();
        int col = 0;
        for (int i = 0; i < frags.size(); i++) {
            TextRow f = frags.get(i);
            for (; col < f.col[0]; col++) {
                text.append(' ');
                boxes.addNaN();
            }
            for (int k = 0; k < f.length(); k++) {
                text.appendCodePoint(f.chars[k]);
                Glyph g = f.glyphs[k];
                for (int u = 0; u < Character.charCount(f.chars[k]); u++) {
                    if (g == null) boxes.addNaN();
                    else boxes.add(g);
                }
            }
            col += f.length();
            if (i == frags.size() - 1) {
                out.add(line(text, boxes));
            } else {
                TextRow next = frags.get(i + 1);
                if (next.col[0] < col || Tol.gt(Math.abs(next.base - f.base), INTRA_LINE * f.fontSize())) {
                    out.add(line(text, boxes));
                    text.setLength(0);
                    boxes.clear();
                    col = 0;
                    int d = (int) ((next.base - f.base) / f.fontSize());
                    d = Math.max(1, Math.min(5, d));
                    for (int k = 1; k < d; k++) out.add(PageLine.BLANK);
                }
            }
        }
        return out;
    }

    /** Top to bottom, and left to right among lines whose tops are level. */
    private static int topThenLeft(TextRow a, TextRow b) {
        double d = a.yMin - b.yMin;
        if (Math.abs(d) < 0.01) d = a.xMin - b.xMin;
        return d < 0 ? -1 : d > 0 ? 1 : 0;
    }

    private static int byColumn(TextRow a, TextRow b) {
        int aEnd = a.col[a.length()];
        int bEnd = b.col[b.length()];
        if (a.col[0] < bEnd && b.col[0] < aEnd) return Double.compare(a.yMin, b.yMin);
        return Integer.compare(a.col[0], b.col[0]);
    }

    private static PageLine line(StringBuilder text, FloatList boxes) {
        String t = text.toString();
        float[] b = boxes.toArray();
        // Dot leaders between a label and its figures are layout, not text: they become spaces.
        Matcher m = mayHaveLeader(t) ? LEADER.matcher(t) : null;
        if (m != null && m.find()) {
            StringBuilder s = new StringBuilder(t);
            do {
                for (int k = m.start(); k < m.end(); k++) {
                    s.setCharAt(k, ' ');
                    if (4 * k + 3 < b.length) Arrays.fill(b, 4 * k, 4 * k + 4, Float.NaN);
                }
            } while (m.find());
            t = s.toString();
        }
        return new PageLine(t, b);
    }

    /**
     * Whether the line has the five leader dots every form of {@link #LEADER} needs: most lines have
     * none, and the pattern's look-behind is tried at every character of every line of a PDF.
     */
    static boolean mayHaveLeader(String line) {
        int dots = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '\u00B7' || c == '\u2026') && ++dots >= 5) return true;
        }
        return false;
    }

    /** A growable float array (four values per character). */
    private static final class FloatList {
        private float[] a = new float[64];
        private int n;

        void add(Glyph g) {
            ensure(4);
            g.box(a, n);
            n += 4;
        }

        void addNaN() {
            ensure(4);
            Arrays.fill(a, n, n + 4, Float.NaN);
            n += 4;
        }

        private void ensure(int k) {
            if (n + k > a.length) a = Arrays.copyOf(a, Math.max(a.length * 2, n + k));
        }

        float[] toArray() { return Arrays.copyOf(a, n); }

        /** Empties the list for the next line, keeping its array (each line's boxes are copied out). */
        void clear() { n = 0; }
    }
}

package io.tickmark.extract.table;

import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.layout.Token;
import io.tickmark.extract.layout.TokenType;

import java.util.List;

/**
 * Text written in reading order rather than laid out ({@code pdftotext} without {@code -layout}, a
 * copy from a viewer, an export of a web page): a table's cells follow one another down the page,
 * each figure on a line of its own at the margin where the labels start, so no row or column can
 * be rebuilt from the layout. Read as a table, every run of figures became a row of an unlabelled
 * subtotal that failed to foot; such a region is reported as not read instead.
 */
public final class StackedCells {
    private StackedCells() {}

    /** At least this many figure lines before a region is judged: a short run is a list, not a table. */
    private static final int MIN_FIGURE_LINES = 2;

    /**
     * Whether four in five of the region's figure lines (exhibit and section numbers aside) hold figures alone (no words, one figure)
     * starting at the region's margin (where its labels start), within two columns.
     */
    public static boolean stacked(List<LayoutLine> region) {
        int margin = Integer.MAX_VALUE;
        for (LayoutLine l : region) {
            if (!l.isBlank()) margin = Math.min(margin, l.indent());
        }
        int figureLines = 0;
        int alone = 0;
        for (LayoutLine l : region) {
            if (!TableReader.isFigureLine(l) || itemNumber(l)) continue;
            figureLines++;
            if (aloneAtMargin(l, margin)) alone++;
        }
        return figureLines >= MIN_FIGURE_LINES && alone * 5 >= figureLines * 4;
    }

    /** "3.1", "10.24": an exhibit or section number alone on its line (an exhibit index laid out in two blocks), not a cell. */
    private static boolean itemNumber(LayoutLine l) {
        List<Token> tokens = l.tokens();
        if (tokens.size() != 1) return false;
        String t = tokens.get(0).text();
        int dot = t.indexOf('.');
        return dot > 0 && dot <= 3 && t.length() - dot - 1 <= 2 && t.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9');
    }

    /** One figure and nothing else but a currency sign, starting within two columns of the margin. */
    private static boolean aloneAtMargin(LayoutLine l, int margin) {
        int figures = 0;
        for (Token t : l.tokens()) {
            if (t.isFigure()) figures++;
            else if (t.type() != TokenType.CURRENCY) return false;
        }
        return figures == 1 && l.indent() <= margin + 2;
    }
}

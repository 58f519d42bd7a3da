package io.tickmark.extract.table;

import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.layout.LineBox;
import io.tickmark.extract.layout.Tokenizer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines read from a PDF give each word a character position from where it starts and from the
 * blocks to its left, so right-aligned figures of different widths ("10,741" and "2") can end a
 * few characters apart though they end on one point of the page (issue 8: the total column of an
 * equity statement split in two, its single-digit figures lost to the roll-forward). Written small:
 * lines with the character layout such a page gives and the points their glyphs were drawn at.
 */
class AlignedColumnsTest {

    /** Right edge, in points, of each figure column. */
    private static final float[] EDGES = {300, 400, 500};
    private static final float POINTS_PER_CHAR = 3.3f;
    private static final float DIGIT = 5f;

    /**
     * A line whose figures sit where {@code text} puts them in characters, and whose glyphs end on
     * the column edges in points (a figure's box from its right edge back, digit by digit).
     */
    private static LayoutLine line(int no, String text) {
        return line(no, text, EDGES);
    }

    /** The same, the figure columns ending on {@code edges} (points). */
    private static LayoutLine line(int no, String text, float[] edges) {
        float[] boxes = new float[4 * text.length()];
        java.util.Arrays.fill(boxes, Float.NaN);
        for (int c = 0; c < text.length(); c++) {
            if (text.charAt(c) == ' ') continue;
            boxes[4 * c] = c * POINTS_PER_CHAR;
            boxes[4 * c + 1] = 700 - no * 12;
            boxes[4 * c + 2] = (c + 1) * POINTS_PER_CHAR;
            boxes[4 * c + 3] = 708 - no * 12;
        }
        // figures, right to left, each ending on the next column edge from the right
        var tokens = Tokenizer.tokenize(text);
        int col = edges.length - 1;
        for (int t = tokens.size() - 1; t >= 0 && col >= 0; t--) {
            var tok = tokens.get(t);
            if (!tok.isFigure()) break;
            float right = edges[col--];
            for (int c = tok.end() - 1; c >= tok.start(); c--) {
                char ch = text.charAt(c);
                float w = ch == ')' ? 3 : ch == ',' ? 2.5f : DIGIT;
                if (ch == ')') { boxes[4 * c] = right; boxes[4 * c + 2] = right + w; continue; }
                boxes[4 * c] = right - w;
                boxes[4 * c + 2] = right;
                right -= w;
            }
        }
        return new LayoutLine(1, no, text, tokens, new LineBox(boxes));
    }

    @Test
    void figuresEndingOnOnePointOfThePageAreOneColumnWhereverTheirCharactersEnd() {
        List<LayoutLine> region = new ArrayList<>();
        int n = 0;
        region.add(line(n++, "                                                   Capital          Earnings            Total"));
        region.add(line(n++, "Balance as of January 1, 2014                       9,573             2,190            9,746"));
        region.add(line(n++, "Net loss                                                —             (241)            (241)"));
        region.add(line(n++, "Exercise of common stock options                        2                 —                2"));
        region.add(line(n++, "Excess tax benefits                                     6                 —                6"));
        region.add(line(n++, "Stock-based compensation                            1,510                 —            1,510"));
        region.add(line(n++, "Issuance of common stock                               44                 —               44"));
        region.add(line(n++, "Balance as of December 31, 2014                    11,135             1,949           10,741"));
        region.add(line(n++, "Net income                                              —               596              596"));
        region.add(line(n++, "Exercise of common stock options                        4                 —                    4"));
        region.add(line(n++, "Issuance of common stock                                5                 —                    5"));
        region.add(line(n++, "Balance as of December 31, 2015                    11,144             2,545           11,355"));
        Table t = new TableReader((l, p) -> {}).read(region, "equity");

        assertThat(t.columnLabels()).containsExactly("Capital", "Earnings", "Total");
        // the single digits laid a few characters right of the column are still in it
        assertThat(t.rows().get(8).cells()[2].value()).isEqualByComparingTo(new BigDecimal("4"));
        assertThat(t.rows().get(9).cells()[2].value()).isEqualByComparingTo(new BigDecimal("5"));
    }

    /**
     * Two tables stacked under one heading, the lower one set a little left on the page (its columns
     * end 12 points, four characters, left of the upper one's): one table of three columns.
     */
    @Test
    void aTableStackedUnderAnotherAndSetApartSharesItsColumns() {
        float[] lower = {288, 388, 488};
        List<LayoutLine> region = new ArrayList<>();
        int n = 0;
        region.add(line(n++, "                                                   Capital          Earnings            Total"));
        region.add(line(n++, "Balance as of January 1, 2015                      11,144             2,545           13,689"));
        region.add(line(n++, "Net income                                              —               596              596"));
        region.add(line(n++, "Balance as of December 31, 2015                    11,144             3,141           14,285"));
        region.add(line(n++, "Balance as of January 1, 2014                  9,573             2,190            11,763", lower));
        region.add(line(n++, "Net income                                         —               355              355", lower));
        region.add(line(n++, "Balance as of December 31, 2014                9,573             2,545            12,118", lower));
        Table t = new TableReader((l, p) -> {}).read(region, "equity");

        assertThat(t.columnLabels()).hasSize(3);
        assertThat(t.rows().get(3).cells()[2].value()).isEqualByComparingTo(new BigDecimal("11763"));
        assertThat(t.rows().get(5).cells()[0].value()).isEqualByComparingTo(new BigDecimal("9573"));
    }

    @Test
    void figuresEndingOnDifferentPointsStayTwoColumns() {
        List<LayoutLine> region = new ArrayList<>();
        // without boxes (layout text), character positions alone decide, as before
        region.add(LayoutLine.of(1, 1, "                                        Capital     Earnings      Total  Other"));
        region.add(LayoutLine.of(1, 2, "Balance                                   9,573        2,190      9,746"));
        region.add(LayoutLine.of(1, 3, "Change                                        2            —              4"));
        region.add(LayoutLine.of(1, 4, "Change                                        3            —              5"));
        Table t = new TableReader((l, p) -> {}).read(region, "equity");
        assertThat(t.columnLabels()).hasSize(4);
    }
}

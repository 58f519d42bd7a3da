package io.tickmark.extract.table;

import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.layout.LineBox;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines as read from a PDF (positioned words: each character column with the box of its glyph)
 * whose character columns drift between blocks of the page while the figures are printed on the
 * same right edges: the table reader takes the printed edge, not the character column.
 */
class PrintedEdgesTest {
    /** Width of a glyph, in points. */
    private static final double W = 4.5;

    private final List<String> problems = new ArrayList<>();

    /**
     * A line as laid out, each word (words of letters a single space apart are one) given the x where its last
     * character ends on the page; characters are {@link #W} wide.
     */
    private static LayoutLine line(int no, String text, double... rightX) {
        float[] boxes = new float[4 * text.length()];
        Arrays.fill(boxes, Float.NaN);
        Matcher m = Pattern.compile("[A-Za-z]\\S*(?: [A-Za-z]\\S*)*|\\S+").matcher(text);
        int k = 0;
        while (m.find()) {
            double x1 = rightX[k++];
            for (int c = m.start(); c < m.end(); c++) {
                double x0 = x1 - W * (m.end() - c);
                boxes[4 * c] = (float) x0;
                boxes[4 * c + 1] = (float) (700 - 11 * no);
                boxes[4 * c + 2] = (float) (x0 + W);
                boxes[4 * c + 3] = (float) (709 - 11 * no);
            }
        }
        assertThat(k).as("an x for every word of line %d", no).isEqualTo(rightX.length);
        LayoutLine plain = LayoutLine.of(1, no, text);
        return new LayoutLine(1, no, plain.text(), plain.tokens(), new LineBox(boxes));
    }

    /** A line of words each given as (text, character column where it ends, x where it ends on the page). */
    private static LayoutLine at(int no, Object... words) {
        StringBuilder text = new StringBuilder();
        double[] xs = new double[words.length / 3];
        for (int k = 0; k < words.length; k += 3) {
            String w = (String) words[k];
            int end = (Integer) words[k + 1];
            int start = Math.max(k == 0 ? 2 : text.length() + 1, end - w.length());
            text.append(" ".repeat(start - text.length())).append(w);
            xs[k / 3] = ((Number) words[k + 2]).doubleValue();
        }
        return line(no, text.toString(), xs);
    }

    private Table read(LayoutLine... lines) {
        return new TableReader((l, what) -> problems.add(l.lineNo() + ": " + what)).read(List.of(lines), "table");
    }

    /** The values of a row by column, null where blank. */
    private static List<String> cells(Table t, String label) {
        Row r = t.rows().stream().filter(x -> x.label().equals(label)).findFirst().orElseThrow();
        List<String> out = new ArrayList<>();
        for (Row.Cell c : r.cells()) out.add(c == null ? null : c.value().stripTrailingZeros().toPlainString());
        return out;
    }

    // Right edges of eight columns' last digits; "$" signs stand at the left of each column, and a
    // negative's parenthesis hangs one glyph to the right.
    private static final double[] E = {225.5, 277.3, 329.1, 380.9, 432.7, 484.5, 536.3, 588.1};
    private static final double[] D = {189.8, 241.6, 293.3, 345.1, 396.9, 448.7, 500.5, 552.3};

    @Test
    void aTotalRowLaidOutWiderThanTheBodyKeepsItsFiguresInThePrintedColumns() {
        // The total row, set apart under its wrapped label, was laid out with its "$" signs as blocks
        // of their own: its character columns run ahead of the body's by one at the first column and
        // by twelve at the last, though every figure ends on the printed edge of its column.
        Table t = read(
                line(1, "                                                 2023           2022         2023           2022      2023          2022         2023           2022",
                        E[0] - 11, E[1] - 11, E[2] - 11, E[3] - 11, E[4] - 11, E[5] - 11, E[6] - 11, E[7] - 11),
                line(2, "Service cost                                   $       27 $          32 $          50 $          64 $        2 $          2 $            3 $          4",
                        61.9, D[0], E[0], D[1], E[1], D[2], E[2], D[3], E[3], D[4], E[4], D[5], E[5], D[6], E[6], D[7], E[7]),
                line(3, "Interest cost                                          43            27            88            54          5            4            11             8",
                        61.9, E[0], E[1], E[2], E[3], E[4], E[5], E[6], E[7]),
                line(4, "Actuarial gain amortized                                                                                   (6)                       (11)",
                        120, E[4] + W, E[6] + W),
                line(5, "Prior service cost amortized                            1             2             3             3         (1)          (1)            (2)          (2)",
                        140, E[0], E[1], E[2], E[3], E[4] + W, E[5] + W, E[6] + W, E[7] + W),
                line(7, "Total benefit expense for pension and",
                        163.5),
                line(8, "  postretirement plans                         $        30    $        29    $        54    $        34    $        —     $         4    $         1    $         9",
                        120, D[0], E[0], D[1], E[1], D[2], E[2], D[3], E[3], D[4], E[4], D[5], E[5], D[6], E[6], D[7], E[7]));

        assertThat(t.columns()).isEqualTo(8);
        assertThat(cells(t, "Total benefit expense for pension and postretirement plans"))
                .containsExactly("30", "29", "54", "34", "0", "4", "1", "9");
        assertThat(cells(t, "Actuarial gain amortized")).containsExactly(null, null, null, null, "-6", null, "-11", null);
        assertThat(problems).isEmpty();
    }

    @Test
    void narrowNegativesOnTheRightEdgeOfWideOnesAreOneColumnNotTwo() {
        // Gross, accumulated amortization and net; the narrow negatives of the lower rows were laid
        // out four character columns right of the wide ones above, on the same printed edge.
        double gross = 420.1;
        double acc = 502.6 - W;
        double net = 578.2;
        Table t = read(
                at(1, "Gross", 112, gross, "Net", 161, net),
                at(2, "carrying", 114, gross, "Accumulated", 140, acc + W, "carrying", 164, net),
                at(3, "amount", 112, gross, "amortization", 141, acc + W, "amount", 162, net),
                at(4, "Customer relationships", 24, 120.0, "$", 100, 330.0, "1,154", 122, gross, "$", 126, 360.0,
                        "(1,105)", 144, acc + W, "$", 152, 440.0, "49", 172, net),
                at(5, "Software", 10, 60.0, "601", 121, gross, "(579)", 144, acc + W, "22", 172, net),
                at(6, "Brands", 8, 55.0, "54", 121, gross, "(30)", 148, acc + W, "24", 172, net),
                at(7, "Other", 7, 50.0, "19", 121, gross, "(16)", 148, acc + W, "3", 172, net),
                at(8, "Total intangible assets", 23, 110.0, "$", 100, 330.0, "1,828", 122, gross, "$", 126, 360.0,
                        "(1,730)", 144, acc + W, "$", 152, 440.0, "98", 172, net));

        assertThat(t.columnLabels()).containsExactly("Gross carrying amount", "Accumulated amortization", "Net carrying amount");
        assertThat(cells(t, "Brands")).containsExactly("54", "-30", "24");
        assertThat(cells(t, "Other")).containsExactly("19", "-16", "3");
        assertThat(problems).isEmpty();
    }

    @Test
    void layoutTextWithoutBoxesIsReadAsBefore() {
        LayoutLine a = LayoutLine.of(1, 1, "  Brands                      54           (30)");
        LayoutLine b = LayoutLine.of(1, 2, "  Other                       19           (16)");
        assertThat(PrintedEdges.align(List.of(a, b))).containsExactly(a, b);
    }
}

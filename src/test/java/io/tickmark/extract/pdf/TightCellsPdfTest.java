package io.tickmark.extract.pdf;

import io.tickmark.engine.RuleEngine;
import io.tickmark.extract.Extraction;
import io.tickmark.facts.Figure;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row whose cells are set tight ("$ 310 $ 320 $ 250": each dollar sign a little left of its
 * figure, the figures right-aligned on their columns like the rows below) is read into the period
 * columns where it is drawn: the layout does not run the cells together a space apart, which moved
 * each later figure further left of its column until it fell into the column before.
 */
class TightCellsPdfTest {
    private static final PDFont FONT = PdfFixtures.FONT;
    private static final float FS = 9;
    /** Right edges of the three amount columns and the two change columns. */
    private static final float[] RIGHT = {274, 313, 353, 409, 463};
    private static final float DOLLAR = 30; // a dollar sign's left edge this far left of its column's right edge

    @TempDir
    Path dir;

    private static void text(PDPageContentStream cs, float x, float yFromTop, String s) throws IOException {
        cs.beginText();
        cs.setFont(FONT, FS);
        cs.newLineAtOffset(x, 792 - yFromTop);
        cs.showText(s);
        cs.endText();
    }

    private static void right(PDPageContentStream cs, float rightX, float yFromTop, String s) throws IOException {
        text(cs, rightX - FONT.getStringWidth(s) / 1000 * FS, yFromTop, s);
    }

    /** A row: label, three amounts (with dollar signs when {@code dollars}) and two changes. */
    private static void row(PDPageContentStream cs, float y, String label, boolean dollars, String... cells) throws IOException {
        text(cs, 40, y, label);
        for (int c = 0; c < cells.length; c++) {
            if (dollars && c < 3) text(cs, RIGHT[c] - DOLLAR, y, "$");
            right(cs, RIGHT[c], y, cells[c]);
        }
    }

    private Path pdf() throws IOException {
        Path file = dir.resolve("tight.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, 40, 80, "7. Selling and administrative expenses");
                text(cs, 300, 110, "Amount");
                text(cs, 400, 110, "Increase/(decrease)");
                text(cs, 40, 121, "(in millions)");
                String[] years = {"2022", "2021", "2020", "2022", "2021"};
                for (int c = 0; c < years.length; c++) right(cs, RIGHT[c], 121, years[c]);
                row(cs, 132, "Segment A", true, "310", "320", "250", "(3 %)", "28 %");
                row(cs, 143, "Segment B", false, "400", "380", "390", "5", "(3)");
                row(cs, 154, "Segment C", false, "1,150", "1,140", "1,120", "7", "17");
                row(cs, 165, "Total expenses", true, "1,860", "1,840", "1,760", "2%", "11 %");
                text(cs, 40, 200, "Expenses rose with the investment in technology in every segment.");
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void tightCellsAreReadInTheColumnsWhereTheyAreDrawn() throws Exception {
        Path pdf = pdf();
        Extraction ex = PdfExtractor.extract(pdf, pdf.toString(), PdfOptions.defaults()).extraction();
        List<String> a = ex.figures().stream().filter(f -> f.getLabel().equals("Segment A"))
                .sorted(Comparator.comparingInt(Figure::getColumn))
                .map(f -> f.getColumn() + "=" + f.getValue().toPlainString()).toList();
        assertThat(a).as(ex.figures().toString()).containsExactly("0=310", "1=320", "2=250", "3=-3", "4=28");
        assertThat(ex.issues()).as(ex.issues().toString()).isEmpty();
        DocumentReport r = new Checker(RuleEngine.builtIn()).check(ex, Set.of());
        assertThat(r.findings()).noneMatch(f -> f.getCategory().equals("consistency") && f.getSeverity().equals("error"));
        assertThat(r.checks().stream().filter(c -> c.getRuleId().equals("CON-001") && c.isPassed()).count()).isEqualTo(3);
    }
}

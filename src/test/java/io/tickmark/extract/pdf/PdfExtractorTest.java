package io.tickmark.extract.pdf;

import io.tickmark.extract.Extraction;
import io.tickmark.facts.Figure;
import io.tickmark.facts.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A statement drawn into a PDF by the test is read back with page and box on every figure. */
class PdfExtractorTest {
    @TempDir
    Path dir;

    @Test
    void statementFiguresCarryPageAndBox() throws Exception {
        Path pdf = PdfFixtures.balanceSheet(dir.resolve("bs.pdf"), PdfFixtures.Options.plain());
        Extraction ex = PdfExtractor.extract(pdf, pdf.toString(), PdfOptions.defaults()).extraction();

        assertThat(figures(ex)).containsExactlyInAnyOrderElementsOf(PdfFixtures.expectedFigures());
        assertThat(ex.tables()).anySatisfy(t -> assertThat(t.getStatement()).isEqualTo("balance"));
        for (Figure f : ex.figures()) {
            SourceRef s = f.getSource();
            assertThat(s.getPage()).isEqualTo(1);
            assertThat(s.getBox()).as("box of %s", f.getLabel()).isNotNull();
        }
        // The box is where the figure was drawn: right-aligned on the period column, on its row.
        Figure cash = ex.figures().stream().filter(f -> f.getLabel().equals("Cash and cash equivalents")
                && f.getValue().intValue() == 1234).findFirst().orElseThrow();
        double[] box = box(cash.getSource().getBox());
        assertThat(box[2]).isCloseTo(PdfFixtures.COL1, org.assertj.core.data.Offset.offset(0.5));
        assertThat(box[2] - box[0]).isBetween(15.0, 30.0);
        // Title at 90, units, two header lines, "Current assets:", then the cash row.
        double baselineFromTop = 60 + 30 + PdfFixtures.LINE * 6;
        assertThat(792 - baselineFromTop).isBetween(box[1], box[3]);
        assertThat(cash.getPeriod()).isEqualTo("2022-12-31");
        assertThat(cash.getSource().describe()).startsWith("p. 1 [");
    }

    @Test
    void ownerPasswordOnlyPdfOpensWithoutAPassword() throws Exception {
        Path pdf = PdfFixtures.balanceSheet(dir.resolve("owner.pdf"),
                new PdfFixtures.Options(false, 1, PdfFixtures.ownerPasswordOnly()));
        Extraction ex = PdfExtractor.extract(pdf, pdf.toString(), PdfOptions.defaults()).extraction();
        assertThat(figures(ex)).containsExactlyInAnyOrderElementsOf(PdfFixtures.expectedFigures());
    }

    @Test
    void userPasswordPdfOpensWithItsPassword() throws Exception {
        Path pdf = PdfFixtures.balanceSheet(dir.resolve("user.pdf"),
                new PdfFixtures.Options(false, 1, PdfFixtures.userPassword("s3cret")));
        Extraction ex = PdfExtractor.extract(pdf, pdf.toString(), PdfOptions.defaults().withPassword("s3cret")).extraction();
        assertThat(figures(ex)).containsExactlyInAnyOrderElementsOf(PdfFixtures.expectedFigures());
    }

    @Test
    void rotatedPageReadsLikeAnUprightOne() throws Exception {
        Path pdf = PdfFixtures.balanceSheet(dir.resolve("rotated.pdf"), new PdfFixtures.Options(true, 1, null));
        Extraction ex = PdfExtractor.extract(pdf, pdf.toString(), PdfOptions.defaults()).extraction();
        assertThat(figures(ex)).containsExactlyInAnyOrderElementsOf(PdfFixtures.expectedFigures());
        // Upwards-running text: the box of a figure is tall and narrow in user space.
        double[] box = box(ex.figures().get(0).getSource().getBox());
        assertThat(box[3] - box[1]).isGreaterThan(box[2] - box[0]);
    }

    @Test
    void statementContinuedOnASecondPageGivesTheSameFigures() throws Exception {
        Path pdf = PdfFixtures.balanceSheet(dir.resolve("two.pdf"), new PdfFixtures.Options(false, 2, null));
        Extraction ex = PdfExtractor.extract(pdf, pdf.toString(), PdfOptions.defaults()).extraction();
        assertThat(figures(ex)).containsExactlyInAnyOrderElementsOf(PdfFixtures.expectedFigures());
        assertThat(ex.figures()).extracting(f -> f.getSource().getPage()).contains(1, 2);
        Figure debt = ex.figures().stream().filter(f -> f.getLabel().equals("Long-term debt")).findFirst().orElseThrow();
        assertThat(debt.getSource().getPage()).isEqualTo(2);
    }

    @Test
    void scannedPdfIsReadableButSaysItHasNoTextLayer() throws Exception {
        Path pdf = PdfFixtures.scanned(dir.resolve("scan.pdf"));
        Extraction ex = PdfExtractor.extract(pdf, pdf.toString(), PdfOptions.defaults()).extraction();
        assertThat(ex.figures()).isEmpty();
        assertThat(ex.issues()).anySatisfy(i -> assertThat(i.getWhat()).isEqualTo("no text layer: scanned pages; OCR is not offered"));
    }

    @Test
    void aPdfWhoseTextIsDrawnAsShapesSaysSoNotThatItIsScanned() throws Exception {
        // as a writer told to outline its fonts draws a page (Ghostscript's -dNoOutputFonts): paths, no image
        Path pdf = dir.resolve("outlined.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                for (int x = 72; x < 300; x += 12) {
                    cs.addRect(x, 700, 8, 10);
                }
                cs.fill();
            }
            doc.save(pdf.toFile());
        }
        Extraction ex = PdfExtractor.extract(pdf, pdf.toString(), PdfOptions.defaults()).extraction();
        assertThat(ex.issues()).anySatisfy(i -> assertThat(i.getWhat()).isEqualTo("no text layer: no page draws characters (its text drawn as shapes, or none); OCR is not offered"));
    }

    @Test
    void pagesBeyondTheLimitAreReportedNotRead() throws Exception {
        Path pdf = PdfFixtures.balanceSheet(dir.resolve("two.pdf"), new PdfFixtures.Options(false, 2, null));
        PdfExtractor.Result r = PdfExtractor.extract(pdf, pdf.toString(), PdfOptions.defaults().withMaxPages(1));
        assertThat(r.extraction().figures()).allSatisfy(f -> assertThat(f.getSource().getPage()).isEqualTo(1));
        assertThat(r.extraction().issues()).anySatisfy(i -> assertThat(i.getWhat()).contains("page limit"));
    }

    private static List<String> figures(Extraction ex) {
        return ex.figures().stream().map(f -> f.getLabel() + "=" + f.getValue().toPlainString()).toList();
    }

    private static double[] box(String s) {
        String[] p = s.split(",");
        return new double[]{Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3])};
    }
}

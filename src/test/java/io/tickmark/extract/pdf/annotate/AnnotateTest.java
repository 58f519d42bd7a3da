package io.tickmark.extract.pdf.annotate;

import io.tickmark.cli.Cli;
import io.tickmark.engine.RuleEngine;
import io.tickmark.facts.Check;
import io.tickmark.facts.Figure;
import io.tickmark.report.DocumentReport;
import io.tickmark.report.annotate.TickMark;
import io.tickmark.run.Checker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationInk;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code tickmark annotate} on a balance sheet drawn by the test with one deliberate error. */
class AnnotateTest {
    @TempDir
    Path dir;

    @Test
    void ticksSitOnTheCheckedFiguresAndTheFailedTotalCarriesItsMessage() throws Exception {
        Path pdf = StatementPdf.write(dir.resolve("bs.pdf"), StatementPdf.WITH_ERROR);
        Path out = dir.resolve("ticked.pdf");
        Cli r = Cli.run("annotate", pdf.toString(), "--output", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);

        DocumentReport d = new Checker(RuleEngine.builtIn()).check(pdf, Set.of());
        Set<String> checked = new HashSet<>();
        for (Check c : d.checks()) for (Figure f : c.getEvidence()) checked.add(f.getId());
        assertThat(checked).isNotEmpty();
        Map<String, Figure> byId = d.extraction().figures().stream().collect(Collectors.toMap(Figure::getId, f -> f));

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            String summary = new PDFTextStripper() {{ setStartPage(1); setEndPage(1); }}.getText(doc);
            assertThat(summary).contains("Ticked by tickmark").contains("CON-001").contains("Total current assets");

            PDPage page = doc.getPage(1);
            List<PDAnnotationInk> marks = page.getAnnotations().stream().filter(a -> a instanceof PDAnnotationInk)
                    .map(a -> (PDAnnotationInk) a).toList();
            assertThat(marks).hasSameSizeAs(checked);
            // Every checked figure has a mark whose box is the figure's (one point around it, room for the tick on the right).
            for (String id : checked) {
                float[] box = TickMark.parseBox(byId.get(id).getSource().getBox());
                PDAnnotationInk m = marks.stream().filter(a -> near(a.getRectangle(), box)).findFirst().orElse(null);
                assertThat(m).as("mark on %s", byId.get(id)).isNotNull();
                assertThat(m.getRectangle().getUpperRightX()).isCloseTo(box[2] + PdfAnnotator.MARK_WIDTH + 1, within(0.01f));
                // and the text under that box is the figure itself
                assertThat(textIn(doc, page, box).replace(",", "")).isEqualTo(byId.get(id).getValue().toPlainString());
            }
            Figure totalAssets = d.extraction().figures().stream()
                    .filter(f -> f.getLabel().equals("Total current assets") && f.getPeriod().equals("2022-12-31")).findFirst().orElseThrow();
            PDAnnotationInk cross = marks.stream()
                    .filter(a -> near(a.getRectangle(), TickMark.parseBox(totalAssets.getSource().getBox()))).findFirst().orElseThrow();
            assertThat(cross.getSubject()).isEqualTo("Failed check");
            assertThat(cross.getContents()).contains("CON-001").contains("1,900").contains("1,800");
            List<PDAnnotation> notes = page.getAnnotations().stream().filter(a -> a instanceof PDAnnotationText).toList();
            assertThat(notes).anySatisfy(n -> assertThat(n.getContents()).contains("Total current assets").contains("1,900"));

            Figure cash = d.extraction().figures().stream().filter(f -> f.getLabel().equals("Cash and cash equivalents")
                    && f.getPeriod().equals("2021-12-31")).findFirst().orElseThrow();
            PDAnnotationInk tick = marks.stream()
                    .filter(a -> near(a.getRectangle(), TickMark.parseBox(cash.getSource().getBox()))).findFirst().orElseThrow();
            assertThat(tick.getSubject()).isEqualTo("Verified");
        }
    }

    @Test
    void layoutTextIsRefusedWithAUsageError() throws Exception {
        Path txt = dir.resolve("a.txt");
        java.nio.file.Files.writeString(txt, "Balance sheet\nTotal assets   100\n");
        Cli r = Cli.run("annotate", txt.toString(), "--output", dir.resolve("o.pdf").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not a PDF");
    }

    private static boolean near(PDRectangle r, float[] box) {
        return Math.abs(r.getLowerLeftX() - (box[0] - 1)) < 0.01 && Math.abs(r.getLowerLeftY() - (box[1] - 1)) < 0.01
                && Math.abs(r.getUpperRightY() - (box[3] + 1)) < 0.01;
    }

    private static String textIn(PDDocument doc, PDPage page, float[] box) throws java.io.IOException {
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        float h = page.getMediaBox().getHeight();
        s.addRegion("r", new Rectangle2D.Float(box[0] - 0.5f, h - box[3] - 0.5f, box[2] - box[0] + 1, box[3] - box[1] + 1));
        s.extractRegions(page);
        return s.getTextForRegion("r").trim();
    }
}

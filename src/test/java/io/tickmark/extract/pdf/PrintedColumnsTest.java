package io.tickmark.extract.pdf;

import io.tickmark.extract.Extraction;
import io.tickmark.facts.Figure;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables drawn into PDFs by the test the way filings draw them, read back through the PDF reader
 * and the table reader: a column of useful lives written as ranges beside right-aligned figures,
 * header words stacked over three lines, negatives with hanging parentheses.
 */
class PrintedColumnsTest {
    @TempDir
    Path dir;

    private static final PDFont FONT = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final float SIZE = 9;

    /** Text drawn at x (left edge, or right edge when {@code right}) on a line given from the top of the page. */
    private record Text(String s, float x, float yFromTop, boolean right) {}

    private final List<Text> texts = new ArrayList<>();

    private void left(String s, float x, float y) { texts.add(new Text(s, x, y, false)); }

    private void right(String s, float x, float y) { texts.add(new Text(s, x, y, true)); }

    private Path write(String name) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Text t : texts) {
                    float x = t.right() ? t.x() - FONT.getStringWidth(t.s()) / 1000 * SIZE : t.x();
                    cs.beginText();
                    cs.setFont(FONT, SIZE);
                    cs.newLineAtOffset(x, 792 - t.yFromTop());
                    cs.showText(t.s());
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static Extraction read(Path pdf) throws Exception {
        return PdfExtractor.extract(pdf, pdf.toString(), PdfOptions.defaults()).extraction();
    }

    /** The figures of one row by column. */
    private static Map<Integer, String> row(Extraction ex, String label) {
        Map<Integer, String> out = new TreeMap<>();
        for (Figure f : ex.figures()) {
            if (f.getLabel().equals(label)) out.put(f.getColumn(), f.getValue().stripTrailingZeros().toPlainString());
        }
        return out;
    }

    @Test
    void aRangeOfUsefulLivesIsPartOfTheLabelAndTheStackedCaptionsNameThreeColumns() throws Exception {
        // Intangible assets: a range of useful lives, then gross, accumulated amortization (negatives)
        // and net, the header words stacked over three lines, two groups of rows a blank line apart.
        float lives = 300;
        float gross = 420;
        float accumulated = 500;
        float net = 578;
        float y = 100;
        left("Intangible assets, net consist of the following (amounts in millions):", 18, y);
        y += 24;
        right("Estimated", lives, y);
        right("Gross", gross, y);
        right("Net", net, y);
        y += 10;
        right("useful", lives, y);
        right("carrying", gross, y);
        right("Accumulated", accumulated + 3, y);
        right("carrying", net, y);
        y += 10;
        right("lives", lives, y);
        right("amount", gross, y);
        right("amortization", accumulated + 3, y);
        right("amount", net, y);
        y += 11;
        left("Acquired definite-lived intangible assets:", 18, y);
        y += 11;
        String[][] rows = {
                {"Internally-developed franchises", "3 - 11 years", "1,154", "(1,105)", "49"},
                {"Developed software", "2 - 5 years", "601", "(579)", "22"}};
        String[][] narrow = {
                {"Trade names", "7 - 10 years", "54", "(30)", "24"},
                {"Other", "1 - 15 years", "19", "(16)", "3"}};
        // two groups of rows with a gap of two lines between them
        for (String[][] group : new String[][][] {rows, narrow}) {
            for (String[] r : group) {
                left(r[0], 24, y);
                right(r[1], lives, y);
                right(r[2], gross, y);
                right(r[3], accumulated + 3, y);
                right(r[4], net, y);
                y += 11;
            }
            if (group == rows) y += 22;
        }
        left("Total definite-lived intangible assets", 18, y);
        right("1,828", gross, y);
        right("(1,730)", accumulated + 3, y);
        right("98", net, y);
        Extraction ex = read(write("intangibles.pdf"));

        Map<Integer, String> franchises = row(ex, "Internally-developed franchises 3 - 11 years");
        assertThat(franchises).containsExactlyEntriesOf(new TreeMap<>(Map.of(0, "1154", 1, "-1105", 2, "49")));
        assertThat(row(ex, "Trade names 7 - 10 years")).containsExactlyEntriesOf(new TreeMap<>(Map.of(0, "54", 1, "-30", 2, "24")));
        assertThat(row(ex, "Other 1 - 15 years")).containsExactlyEntriesOf(new TreeMap<>(Map.of(0, "19", 1, "-16", 2, "3")));
        assertThat(ex.tables()).anySatisfy(t -> assertThat(t.getColumns())
                .containsExactly("Gross carrying amount", "Accumulated amortization", "Net carrying amount"));
        assertThat(ex.issues()).isEmpty();
    }
}

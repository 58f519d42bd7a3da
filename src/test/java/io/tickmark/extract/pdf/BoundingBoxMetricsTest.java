package io.tickmark.extract.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ghostscript's pdfwrite gives a font's ascent and descent as the top and bottom of its bounding box.
 * A share repurchase table's total row, whose dashes sit a little above its baseline, with a footnote
 * mark set small between it and the row above: with boxes that tall the row came apart ("Total
 * 708,586 243.99" on one line, the dashes two lines below), and the total was footed without them.
 */
class BoundingBoxMetricsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "ascent and descent copied from the bounding box: {0}")
    @ValueSource(booleans = {false, true})
    void aRowStaysOneLineWhateverAscentTheWriterGives(boolean copiedFromBox) throws Exception {
        Path pdf = dir.resolve("table.pdf");
        try (PDDocument doc = new PDDocument();
             InputStream ttf = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(doc, ttf, false);
            // Times New Roman's figures: its box, and its ascent and descent as the font states them
            // or as copied from the box
            PDFontDescriptor d = font.getFontDescriptor();
            d.setFontBoundingBox(new PDRectangle(-568, -306, 2045 + 568, 1039 + 306));
            d.setAscent(copiedFromBox ? 1039 : 891);
            d.setDescent(copiedFromBox ? -306 : -216);
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                // as a technology company's 10-K sets its share repurchase table: size, x, baseline from the top
                show(cs, font, 8.31f, 17.89f, 379.180, "Period");
                show(cs, font, 8.31f, 181.63f, 379.180, "Shares purchased");
                show(cs, font, 8.31f, 306.30f, 379.180, "per share");
                show(cs, font, 8.31f, 414.52f, 379.180, "or programs");
                show(cs, font, 8.31f, 519.64f, 379.180, "or programs");
                show(cs, font, 8.31f, 17.89f, 390.044, "October 1 to October 31");
                show(cs, font, 8.31f, 229.89f, 390.044, "693,901");
                show(cs, font, 5.19f, 258.17f, 387.487, "(i)");
                show(cs, font, 8.31f, 281.82f, 390.044, "$");
                show(cs, font, 8.31f, 338.69f, 390.044, "239.29");
                show(cs, font, 5.19f, 365.53f, 387.487, "(ii)");
                show(cs, font, 8.31f, 470.81f, 390.044, "—");
                show(cs, font, 8.31f, 577.53f, 390.044, "—");
                show(cs, font, 8.31f, 17.89f, 400.907, "November 1 to November 30");
                show(cs, font, 8.31f, 234.05f, 400.907, "14,493");
                show(cs, font, 5.19f, 258.17f, 398.351, "(iii)");
                show(cs, font, 8.31f, 281.82f, 400.907, "$");
                show(cs, font, 8.31f, 338.69f, 400.907, "255.04");
                show(cs, font, 5.19f, 365.53f, 398.351, "(ii)");
                show(cs, font, 8.31f, 470.81f, 400.907, "—");
                show(cs, font, 8.31f, 577.53f, 400.907, "—");
                show(cs, font, 8.31f, 17.89f, 411.771, "December 1 to December 31");
                show(cs, font, 8.31f, 244.43f, 411.771, "192");
                show(cs, font, 5.19f, 258.17f, 409.215, "(iv)");
                show(cs, font, 8.31f, 281.82f, 411.771, "$");
                show(cs, font, 8.31f, 353.23f, 411.771, "—");
                show(cs, font, 8.31f, 470.81f, 411.771, "—");
                show(cs, font, 8.31f, 577.53f, 411.771, "—");
                show(cs, font, 8.31f, 28.12f, 424.552, "Total");
                show(cs, font, 8.31f, 229.89f, 423.274, "708,586");
                show(cs, font, 8.31f, 281.82f, 424.552, "$");
                show(cs, font, 8.31f, 338.69f, 424.552, "243.99");
                show(cs, font, 5.19f, 365.53f, 420.079, "(ii)");
                show(cs, font, 8.31f, 470.81f, 423.274, "—");
                show(cs, font, 8.31f, 577.53f, 423.274, "—");
            }
            doc.save(pdf.toFile());
        }
        PdfText text = PdfReader.read(pdf, pdf.toString(), PdfOptions.defaults());
        String total = Arrays.stream(text.text().split("\n")).filter(l -> l.contains("Total")).findFirst().orElseThrow();
        assertThat(total).contains("708,586").contains("243.99").contains("—");
    }

    private static void show(PDPageContentStream cs, PDFont font, float size, float x, double yFromTop, String s) throws Exception {
        cs.beginText();
        cs.setFont(font, size);
        cs.setTextMatrix(Matrix.getTranslateInstance(x, (float) (792 - yFromTop)));
        cs.showText(s);
        cs.endText();
    }
}

package io.tickmark.extract.pdf.annotate;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A balance sheet drawn by the test, laid out as filings lay it out, with the rows the test chooses. */
final class StatementPdf {
    static final PDFont FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    record Row(String label, String current, String prior) {}

    /** Total current assets for 2022 is 1,900 while its parts sum to 1,800: one deliberate error. */
    static final List<Row> WITH_ERROR = List.of(
            new Row("Current assets:", null, null),
            new Row("Cash and cash equivalents", "1,234", "1,100"),
            new Row("Accounts receivable, net", "566", "500"),
            new Row("Total current assets", "1,900", "1,600"),
            new Row("Property, plant and equipment, net", "2,200", "2,000"),
            new Row("Total assets", "4,000", "3,600"),
            new Row("Current liabilities:", null, null),
            new Row("Accounts payable", "700", "650"),
            new Row("Accrued expenses", "300", "250"),
            new Row("Total current liabilities", "1,000", "900"),
            new Row("Long-term debt", "1,500", "1,400"),
            new Row("Total liabilities", "2,500", "2,300"),
            new Row("Total shareholders' equity", "1,500", "1,300"),
            new Row("Total liabilities and shareholders' equity", "4,000", "3,600"));

    private StatementPdf() {}

    static Path write(Path file, List<Row> rows) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 792 - 60;
                text(cs, BOLD, 12, 72, y, "Example Holdings Inc.");
                y -= 30;
                text(cs, BOLD, 11, 200, y, "CONSOLIDATED BALANCE SHEETS");
                y -= 14;
                text(cs, FONT, 10, 250, y, "(In millions)");
                y -= 28;
                right(cs, 400, y, "December 31,");
                right(cs, 500, y, "December 31,");
                y -= 14;
                right(cs, 400, y, "2022");
                right(cs, 500, y, "2021");
                y -= 14;
                for (Row r : rows) {
                    text(cs, r.label().startsWith("Total") ? BOLD : FONT, 10, r.current() == null ? 72 : 84, y, r.label());
                    if (r.current() != null) {
                        right(cs, 400, y, r.current());
                        right(cs, 500, y, r.prior());
                    }
                    y -= 14;
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static void right(PDPageContentStream cs, float rightX, float y, String s) throws IOException {
        text(cs, FONT, 10, rightX - FONT.getStringWidth(s) / 1000 * 10, y, s);
    }
}

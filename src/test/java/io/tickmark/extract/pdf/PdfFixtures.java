package io.tickmark.extract.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PDFs written by the tests with PDFBox: a small balance sheet laid out as filings lay them out
 * (labels on the left, figures right-aligned in period columns), optionally encrypted, rotated,
 * split over two pages or scanned (an image with no text).
 */
final class PdfFixtures {
    static final PDFont FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final float SIZE = 10;
    /** Right edges of the two period columns, in points from the left of the page as seen. */
    static final float COL1 = 400;
    static final float COL2 = 500;
    static final float LINE = 14;

    /** One row of the statement: a label (indented by spaces' worth of points) and two figures. */
    record Row(String label, float indent, String current, String prior) {}

    static final List<Row> BALANCE_SHEET = List.of(
            new Row("Current assets:", 0, null, null),
            new Row("Cash and cash equivalents", 12, "1,234", "1,100"),
            new Row("Accounts receivable, net", 12, "566", "500"),
            new Row("Total current assets", 24, "1,800", "1,600"),
            new Row("Property, plant and equipment, net", 0, "2,200", "2,000"),
            new Row("Total assets", 24, "4,000", "3,600"),
            new Row("Current liabilities:", 0, null, null),
            new Row("Accounts payable", 12, "700", "650"),
            new Row("Accrued expenses", 12, "300", "250"),
            new Row("Total current liabilities", 24, "1,000", "900"),
            new Row("Long-term debt", 0, "1,500", "1,400"),
            new Row("Total liabilities", 24, "2,500", "2,300"),
            new Row("Total shareholders' equity", 24, "1,500", "1,300"),
            new Row("Total liabilities and shareholders' equity", 24, "4,000", "3,600"));

    private PdfFixtures() {}

    /** How the statement is drawn. */
    record Options(boolean rotated, int pages, StandardProtectionPolicy protection) {
        static Options plain() { return new Options(false, 1, null); }
    }

    static Path balanceSheet(Path file, Options o) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            int perPage = (BALANCE_SHEET.size() + o.pages() - 1) / o.pages();
            for (int p = 0; p < o.pages(); p++) {
                List<Row> rows = BALANCE_SHEET.subList(p * perPage, Math.min(BALANCE_SHEET.size(), (p + 1) * perPage));
                PDPage page = new PDPage(PDRectangle.LETTER);
                if (o.rotated()) page.setRotation(90);
                doc.addPage(page);
                // The page as seen: 612 x 792 upright, or 792 x 612 when rotated.
                float height = o.rotated() ? 612 : 792;
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    Writer w = new Writer(cs, o.rotated(), height);
                    float y = 60;
                    w.text(BOLD, 12, 72, y, "Example Holdings Inc.");
                    w.text(FONT, 8, 480, y, "Form 10-K");
                    y += 30;
                    w.text(BOLD, 11, 200, y, "CONSOLIDATED BALANCE SHEETS" + (p > 0 ? " (continued)" : ""));
                    y += LINE;
                    w.text(FONT, SIZE, 250, y, "(In millions)");
                    y += 2 * LINE;
                    w.right(FONT, SIZE, COL1, y, "December 31,");
                    w.right(FONT, SIZE, COL2, y, "December 31,");
                    y += LINE;
                    w.right(FONT, SIZE, COL1, y, "2022");
                    w.right(FONT, SIZE, COL2, y, "2021");
                    y += LINE;
                    for (Row r : rows) {
                        w.text(r.label().startsWith("Total") ? BOLD : FONT, SIZE, 72 + r.indent(), y, r.label());
                        if (r.current() != null) {
                            w.right(FONT, SIZE, COL1, y, r.current());
                            w.right(FONT, SIZE, COL2, y, r.prior());
                        }
                        y += LINE;
                    }
                    w.text(FONT, 8, 300, height - 40, Integer.toString(p + 1));
                }
            }
            if (o.protection() != null) doc.protect(o.protection());
            doc.save(file.toFile());
        }
        return file;
    }

    /** Encrypted with an owner password only (anyone may open it): RC4 with a 128-bit key. */
    static StandardProtectionPolicy ownerPasswordOnly() {
        AccessPermission ap = new AccessPermission();
        ap.setCanModify(false);
        StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "", ap);
        p.setEncryptionKeyLength(128);
        p.setPreferAES(false);
        return p;
    }

    /** Encrypted with a user password: it cannot be opened without it. */
    static StandardProtectionPolicy userPassword(String password) {
        StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", password, new AccessPermission());
        p.setEncryptionKeyLength(128);
        return p;
    }

    /**
     * A scanned page: an image of a line of text, with no text layer. The "words" are painted as
     * ink blocks, not drawn with a font: drawing text in an image needs a system font, and the suite
     * must pass on a machine with none installed.
     */
    static Path scanned(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 300, 120);
            g.setColor(Color.BLACK);
            int left = 20;
            for (int letters : new int[] {5, 6, 0, 0, 5}) { // "Total assets   4,000"
                if (letters == 0) {
                    left += 12;
                    continue;
                }
                g.fillRect(left, 50, letters * 7, 10);
                left += letters * 7 + 6;
            }
            g.dispose();
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 72, 500, 300, 120);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** The first half of a file: a download cut short. */
    static Path truncated(Path source, Path file) throws IOException {
        byte[] b = Files.readAllBytes(source);
        Files.write(file, Arrays.copyOf(b, b.length / 2));
        return file;
    }

    /** Draws text at positions given as seen on the page (x from the left, y from the top). */
    private static final class Writer {
        private final PDPageContentStream cs;
        private final boolean rotated;
        private final float height;

        Writer(PDPageContentStream cs, boolean rotated, float height) {
            this.cs = cs;
            this.rotated = rotated;
            this.height = height;
        }

        void text(PDFont font, float size, float x, float yFromTop, String s) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            if (rotated) {
                // A page shown turned a quarter clockwise: text reads left to right on screen
                // when it runs upwards in user space.
                cs.setTextMatrix(new Matrix(0, 1, -1, 0, yFromTop, x));
            } else {
                cs.setTextMatrix(Matrix.getTranslateInstance(x, height - yFromTop));
            }
            cs.showText(s);
            cs.endText();
        }

        void right(PDFont font, float size, float rightX, float yFromTop, String s) throws IOException {
            text(font, size, rightX - font.getStringWidth(s) / 1000 * size, yFromTop, s);
        }
    }

    /** Labels and figures of the statement, for comparing what was read with what was drawn. */
    static List<String> expectedFigures() {
        List<String> out = new ArrayList<>();
        for (Row r : BALANCE_SHEET) {
            if (r.current() == null) continue;
            out.add(r.label() + "=" + r.current().replace(",", ""));
            out.add(r.label() + "=" + r.prior().replace(",", ""));
        }
        return out;
    }
}

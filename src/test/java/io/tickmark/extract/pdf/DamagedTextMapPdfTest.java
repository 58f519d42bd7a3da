package io.tickmark.extract.pdf;

import io.tickmark.cli.Main;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.geom.Rectangle2D;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF writer can map glyphs to the wrong text while the page prints right: Ghostscript 10.00's
 * pdfwrite maps the em dash of every nil to "4", the apostrophe to "9" and quotation marks to "&lt;"
 * and "=". Our own balance sheet, drawn in an embedded font, is given such a text map; its nils must
 * still read as nils (the totals foot) and the damage must be reported, not pass unseen.
 */
class DamagedTextMapPdfTest {
    @TempDir
    Path dir;

    /** Label, current, prior: two nils drawn as em dashes, whose totals foot only if they read as nil. */
    private static final List<String[]> ROWS = List.of(
            new String[] {"Cash and cash equivalents", "1,234", "1,100"},
            new String[] {"Accounts receivable, net", "—", "500"},
            new String[] {"Total current assets", "1,234", "1,600"},
            new String[] {"Property, plant and equipment, net", "2,766", "2,000"},
            new String[] {"Total assets", "4,000", "3,600"},
            new String[] {"Accounts payable", "700", "650"},
            new String[] {"Accrued expenses", "—", "250"},
            new String[] {"Total current liabilities", "700", "900"},
            new String[] {"Long-term debt", "1,800", "1,400"},
            new String[] {"Total liabilities", "2,500", "2,300"},
            new String[] {"Total shareholders’ equity", "1,500", "1,300"},
            new String[] {"Total liabilities and shareholders’ equity", "4,000", "3,600"});

    /** What Ghostscript 10.00 writes for characters from U+2000 to U+20FF: the low byte plus 0x20. */
    private static final Map<Character, Character> GHOSTSCRIPT_10 = Map.of('—', '4', '’', '9', '“', '<', '”', '=');

    @Test
    void nilsMappedToADigitReadAsTheDashesTheirOutlinesShowAndTheDamageIsReported() throws Exception {
        Path damaged = balanceSheet(dir.resolve("damaged.pdf"), GHOSTSCRIPT_10);
        // the fixture really is damaged: a stock text extraction reads the nils as 4s
        assertThat(stockText(damaged)).contains("Accounts receivable, net 4 500").contains("shareholders9 equity")
                .contains("(the <Company=)");

        String report = check(damaged);
        assertThat(report).contains("the text layer maps some glyphs to characters their outlines contradict")
                .contains("pages 1: 2 em dashes mapped to \"4\", 2 apostrophes mapped to \"9\", 1 quotation mark mapped to \"<\", 1 quotation mark mapped to \"=\"")
                .doesNotContain("ERROR");
        assertThat(report).containsPattern("balance/consolidated\\s+12/12\\s+(\\d+)\\s+\\1\\s+0\\s");
    }

    @Test
    void aTextMapThatAgreesWithTheOutlinesChangesNothing() throws Exception {
        Path intact = balanceSheet(dir.resolve("intact.pdf"), Map.of());
        assertThat(stockText(intact)).contains("Accounts receivable, net — 500").contains("(the “Company”)");
        String report = check(intact);
        assertThat(report).doesNotContain("outlines contradict").doesNotContain("ERROR");
        assertThat(report).containsPattern("balance/consolidated\\s+12/12\\s+(\\d+)\\s+\\1\\s+0\\s");
    }

    @Test
    void outlinesADigitNeverHas() {
        // boxes in the 1000-unit em, as Times and Helvetica draw them
        assertThat(GlyphShapes.Shape.of(box(0, 181, 1000, 230))).as("em dash").isEqualTo(GlyphShapes.Shape.RULE);
        assertThat(GlyphShapes.Shape.of(box(39, 194, 285, 257))).as("hyphen").isEqualTo(GlyphShapes.Shape.RULE);
        assertThat(GlyphShapes.Shape.of(box(79, 433, 218, 676))).as("apostrophe").isEqualTo(GlyphShapes.Shape.HIGH_MARK);
        assertThat(GlyphShapes.Shape.of(box(30, 463, 400, 718))).as("double quotation mark").isEqualTo(GlyphShapes.Shape.HIGH_MARK);
        assertThat(GlyphShapes.Shape.of(box(48, 363, 467, 665))).as("bold double quotation mark").isEqualTo(GlyphShapes.Shape.HIGH_MARK);
        assertThat(GlyphShapes.Shape.of(box(50, 207, 515, 457))).as("equals sign").isEqualTo(GlyphShapes.Shape.OTHER);
        assertThat(GlyphShapes.Shape.of(box(31, -14, 469, 676))).as("digit").isEqualTo(GlyphShapes.Shape.OTHER);
        assertThat(GlyphShapes.Shape.of(box(20, -8, 480, 470))).as("old-style zero").isEqualTo(GlyphShapes.Shape.OTHER);
        assertThat(GlyphShapes.Shape.of(box(40, 290, 300, 676))).as("superior figure").isEqualTo(GlyphShapes.Shape.OTHER);
        assertThat(GlyphShapes.Shape.of(box(0, -125, 500, -75))).as("underscore").isEqualTo(GlyphShapes.Shape.OTHER);
        assertThat(GlyphShapes.Shape.of(box(70, 0, 180, 100))).as("full stop").isEqualTo(GlyphShapes.Shape.OTHER);
    }

    private static Rectangle2D box(double x0, double y0, double x1, double y1) {
        return new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
    }

    /**
     * A balance sheet drawn in an embedded TrueType font (Identity-H: codes are glyph ids), whose
     * text map is written here: each character to itself, except those {@code damage} maps elsewhere.
     */
    private static Path balanceSheet(Path file, Map<Character, Character> damage) throws Exception {
        try (PDDocument doc = new PDDocument();
             InputStream ttf = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(doc, ttf, false);
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            StringBuilder drawn = new StringBuilder();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 720;
                y = line(cs, font, drawn, 72, y, "Example Holdings Inc. (the “Company”)", 12);
                y = line(cs, font, drawn, 72, y - 6, "Form 10-K for the fiscal year ended December 31, 2022", 9);
                y = line(cs, font, drawn, 200, y - 10, "CONSOLIDATED BALANCE SHEETS", 11);
                y = line(cs, font, drawn, 250, y, "(In millions)", 10);
                right(cs, font, drawn, 400, y - 14, "December 31,");
                y = right(cs, font, drawn, 500, y - 14, "December 31,");
                right(cs, font, drawn, 400, y, "2022");
                y = right(cs, font, drawn, 500, y, "2021");
                for (String[] r : ROWS) {
                    line(cs, font, drawn, 72, y, r[0], 10);
                    right(cs, font, drawn, 400, y, r[1]);
                    y = right(cs, font, drawn, 500, y, r[2]);
                }
            }
            // the text map of every character drawn, with the damage
            Map<Integer, Character> map = new TreeMap<>();
            for (char c : drawn.toString().toCharArray()) {
                byte[] code = font.encode(String.valueOf(c));
                map.put(((code[0] & 0xff) << 8) | (code[1] & 0xff), damage.getOrDefault(c, c));
            }
            doc.save(file.toFile());
            try (PDDocument saved = Loader.loadPDF(file.toFile())) {
                PDPage p = saved.getPage(0);
                COSName name = p.getResources().getFontNames().iterator().next();
                COSStream toUnicode = saved.getDocument().createCOSStream();
                try (OutputStream out = toUnicode.createOutputStream()) {
                    out.write(cmap(map).getBytes(StandardCharsets.US_ASCII));
                }
                p.getResources().getFont(name).getCOSObject().setItem(COSName.TO_UNICODE, toUnicode);
                saved.save(file.toFile());
            }
        }
        return file;
    }

    private static float line(PDPageContentStream cs, PDFont font, StringBuilder drawn, float x, float y, String s, float size) throws Exception {
        cs.beginText();
        cs.setFont(font, size);
        cs.setTextMatrix(Matrix.getTranslateInstance(x, y));
        cs.showText(s);
        cs.endText();
        drawn.append(s);
        return y - 14;
    }

    private static float right(PDPageContentStream cs, PDFont font, StringBuilder drawn, float rightX, float y, String s) throws Exception {
        return line(cs, font, drawn, rightX - font.getStringWidth(s) / 1000 * 10, y, s, 10);
    }

    private static String cmap(Map<Integer, Character> map) {
        StringBuilder s = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "/CMapName /Damaged def /CMapType 2 def\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        s.append(map.size()).append(" beginbfchar\n");
        map.forEach((code, c) -> s.append(String.format("<%04X> <%04X>%n", code, (int) c)));
        s.append("endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n");
        return s.toString();
    }

    private static String stockText(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    private static String check(Path pdf) {
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "check", "--format", "text", pdf.toString());
        return out.toString();
    }
}

package io.tickmark.extract.pdf;

import io.tickmark.cli.Main;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF whose fonts draw by glyph number and carry no text mapping, as a PostScript round trip
 * (pdftops, then ps2pdf) leaves TrueType fonts: "Total assets 4,000" is drawn with the codes of
 * "7RWDO#DVVHWV#\u0017\u000f\u0013\u0013\u0013" (each code 29 below the character; the space is code 3,
 * figures are control codes). Read as character codes, the page is letters that are not on it and
 * no figures; the document then looked clean ("No findings"). It must say its text was not read.
 */
class GlyphNumberFontTest {
    @TempDir
    Path dir;

    @Test
    void aFontDrawingGlyphNumbersIsReportedAsUnreadNotReadAsLetters() throws Exception {
        Path pdf = dir.resolve("roundtrip.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDResources res = new PDResources();
            res.put(COSName.getPDFName("F1"), new org.apache.pdfbox.pdmodel.font.PDType3Font(glyphNumberFont(doc)));
            page.setResources(res);
            StringBuilder content = new StringBuilder("BT /F1 10 Tf 72 700 Td ");
            String[] lines = {"Consolidated Balance Sheets", "Cash and cash equivalents 1,234", "Total assets 4,000"};
            for (String l : lines) content.append('<').append(shifted(l)).append("> Tj 0 -14 Td ");
            content.append("ET");
            COSStream cs = doc.getDocument().createCOSStream();
            try (OutputStream out = cs.createOutputStream()) {
                out.write(content.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, cs);
            doc.save(pdf.toFile());
        }
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "check", "--format", "text", "--fail-on", "none", pdf.toString());
        assertThat(out.toString()).contains("characters without a text mapping in their font were not read")
                .contains("page 1: 76 characters") // every glyph drawn, spaces included
                .doesNotContain("7RWDO").doesNotContain("No findings").doesNotContain("scanned");
    }

    /** The codes a glyph-number font draws the text with: each character's code less 29, as hex. */
    private static String shifted(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(String.format("%02X", c - 29));
        return b.toString();
    }

    /**
     * A Type 3 font whose glyphs are named by number ("g3", "g55"), names no glyph list knows, so
     * that, as with the round trip's TrueType fonts, no code maps to text. Each glyph is a small box.
     */
    private static COSDictionary glyphNumberFont(PDDocument doc) throws Exception {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.getPDFName("Type3"));
        COSArray matrix = new COSArray();
        for (float v : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) matrix.add(new COSFloat(v));
        font.setItem(COSName.FONT_MATRIX, matrix);
        COSArray bbox = new COSArray();
        for (int v : new int[] {0, 0, 500, 700}) bbox.add(COSInteger.get(v));
        font.setItem(COSName.FONT_BBOX, bbox);
        COSDictionary procs = new COSDictionary();
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(0));
        COSArray widths = new COSArray();
        for (int code = 0; code < 128; code++) {
            String name = "g" + code;
            differences.add(COSName.getPDFName(name));
            widths.add(COSInteger.get(500));
            COSStream proc = doc.getDocument().createCOSStream();
            try (OutputStream out = proc.createOutputStream()) {
                out.write((code == 3 ? "500 0 d0" : "500 0 0 0 450 700 d1 50 0 400 700 re f").getBytes(StandardCharsets.ISO_8859_1));
            }
            procs.setItem(COSName.getPDFName(name), proc);
        }
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        font.setItem(COSName.ENCODING, encoding);
        font.setItem(COSName.CHAR_PROCS, procs);
        font.setInt(COSName.FIRST_CHAR, 0);
        font.setInt(COSName.LAST_CHAR, 127);
        font.setItem(COSName.WIDTHS, widths);
        return font;
    }
}

package io.tickmark.extract.pdf;

import io.tickmark.cli.Main;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PDFBox drops a glyph of a composite (Type 0) font that maps to no text, without a word: a label
 * would lose letters ("equty") and no longer be recognised. Such glyphs are counted and reported per page.
 */
class UnmappedGlyphsTest {
    @TempDir
    Path dir;

    @Test
    void glyphsOfACompositeFontWithoutATextMappingAreReportedWithTheirPage() throws Exception {
        Path original = PdfFixtures.balanceSheet(dir.resolve("original.pdf"), PdfFixtures.Options.plain());
        // A line in an embedded TrueType font (Identity-H: codes are glyph ids) drawn after the
        // statement: once with glyphs that map to text, once with glyph 0, which maps to none
        // (neither the font's ToUnicode map nor its own character map names it).
        assertThat(check(withLine(original, dir.resolve("mapped.pdf"), "<002b0044>"))).doesNotContain("without a text mapping");
        assertThat(check(withLine(original, dir.resolve("unmapped.pdf"), "<0000002b00000044>")))
                .contains("characters without a text mapping in their font were not read").contains("page 1: 2 characters");
    }

    private static Path withLine(Path from, Path to, String hexGlyphs) throws Exception {
        try (PDDocument doc = Loader.loadPDF(from.toFile());
             InputStream ttf = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(doc, ttf, false);
            PDPage page = doc.getPage(0);
            COSName name = page.getResources().add(font);
            COSStream line = doc.getDocument().createCOSStream();
            try (OutputStream out = line.createOutputStream()) {
                out.write(("BT /" + name.getName() + " 10 Tf 72 40 Td " + hexGlyphs + " Tj ET").getBytes(StandardCharsets.ISO_8859_1));
            }
            COSArray contents = new COSArray();
            for (Iterator<PDStream> it = page.getContentStreams(); it.hasNext(); ) contents.add(it.next().getCOSObject());
            contents.add(line);
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            doc.save(to.toFile());
        }
        return to;
    }

    private static String check(Path pdf) {
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "check", "--format", "text", pdf.toString());
        return out.toString();
    }
}

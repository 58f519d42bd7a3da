package io.tickmark.testing;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a layout-text filing of ours to a PDF, as a typesetter would place it: each line at its
 * own baseline, each run of words at the x its column gives, in Courier (a standard font, so no
 * font file is needed). The examples' PDFs are made with it:
 * {@code java -cp target/test-classes:target/classes:target/lib/* io.tickmark.testing.LayoutPdf IN.txt OUT.pdf}.
 * Form feeds start a new page; a page without one holds the whole text.
 */
public final class LayoutPdf {
    static final float SIZE = 8;
    static final float LEADING = 11;
    static final float MARGIN = 36;

    private LayoutPdf() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LayoutPdf IN.txt OUT.pdf");
            System.exit(2);
        }
        write(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), Path.of(args[1]));
    }

    private static byte[] md5(String text) {
        try {
            return java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path write(String text, Path out) throws IOException {
        float charWidth = 600f / 1000 * SIZE; // every Courier glyph is 600 units wide
        // A font object of its own for each document: PDFBox keeps what one save wrote in the font's
        // dictionary, so a font shared between documents makes a file's bytes depend on what was
        // printed before it in the same JVM.
        PDFont font = new PDType1Font(Standard14Fonts.FontName.COURIER);
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setProducer("tickmark LayoutPdf");
            doc.setDocumentInformation(info);
            for (String pageText : text.split("\f", -1)) {
                List<String> lines = new ArrayList<>(List.of(pageText.split("\r?\n", -1)));
                while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) lines.remove(lines.size() - 1);
                if (lines.isEmpty()) continue;
                int width = lines.stream().mapToInt(String::length).max().orElse(80);
                PDRectangle box = new PDRectangle(Math.max(612, 2 * MARGIN + width * charWidth), Math.max(792, 2 * MARGIN + lines.size() * LEADING));
                PDPage page = new PDPage(box);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (int i = 0; i < lines.size(); i++) {
                        float y = box.getHeight() - MARGIN - (i + 1) * LEADING;
                        String line = lines.get(i).replace('\t', ' ');
                        // One text run per group of words separated by two or more spaces: the gap is
                        // drawn as a move, as in typeset filings, not as spaces.
                        int at = 0;
                        while (at < line.length()) {
                            while (at < line.length() && line.charAt(at) == ' ') at++;
                            if (at >= line.length()) break;
                            int end = line.indexOf("  ", at);
                            if (end < 0) end = line.length();
                            String run = line.substring(at, end).stripTrailing();
                            cs.beginText();
                            cs.setFont(font, SIZE);
                            cs.newLineAtOffset(MARGIN + at * charWidth, y);
                            cs.showText(run);
                            cs.endText();
                            at = end;
                        }
                    }
                }
            }
            // The file identifier from the text, not from the clock: the same text prints to the same bytes.
            byte[] id = md5(text);
            org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
            doc.save(out.toFile());
        }
        return out;
    }
}

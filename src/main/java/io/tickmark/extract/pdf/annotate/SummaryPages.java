package io.tickmark.extract.pdf.annotate;

import io.tickmark.report.annotate.TickSheet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary in front of an annotated filing: what was read, how many figures were ticked and
 * crossed, and every finding with its page. Lines are wrapped to the page and continue on further
 * pages; characters the standard fonts cannot show are written as {@code ?}.
 */
final class SummaryPages {
    private static final float MARGIN = 54;
    private static final float SIZE = 9;
    private static final float LEADING = 12;
    private static final float INDENT = 14;

    private final PDFont regular;
    private final PDFont bold;
    private final Map<Character, Boolean> encodable = new HashMap<>();

    SummaryPages(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Puts the summary pages before the first page of {@code doc}; returns how many there are. */
    int insert(PDDocument doc, TickSheet sheet) throws IOException {
        PDRectangle size = doc.getNumberOfPages() > 0 ? doc.getPage(0).getMediaBox() : PDRectangle.LETTER;
        if (size.getWidth() < 300 || size.getHeight() < 300) size = PDRectangle.LETTER;
        float width = size.getWidth() - 2 * MARGIN;
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(bold, 13, 0, safe(bold, "tickmark: " + sheet.title())));
        lines.add(new Line(regular, SIZE, 0, ""));
        for (TickSheet.SummaryLine l : sheet.summary()) {
            PDFont font = l.emphasis() ? bold : regular;
            float indent = l.indent() * INDENT;
            for (String w : wrap(font, safe(font, l.text()), width - indent)) lines.add(new Line(font, SIZE, indent, w));
        }
        int perPage = (int) ((size.getHeight() - 2 * MARGIN) / LEADING);
        List<PDPage> pages = new ArrayList<>();
        for (int start = 0; start < lines.size(); start += perPage) {
            PDPage page = new PDPage(new PDRectangle(size.getWidth(), size.getHeight()));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = size.getHeight() - MARGIN;
                for (Line l : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                    if (!l.text().isEmpty()) {
                        cs.beginText();
                        cs.setFont(l.font(), l.size());
                        cs.newLineAtOffset(MARGIN + l.indent(), y);
                        cs.showText(l.text());
                        cs.endText();
                    }
                    y -= LEADING;
                }
            }
            pages.add(page);
        }
        if (doc.getNumberOfPages() == 0) {
            for (PDPage p : pages) doc.addPage(p);
        } else {
            PDPage first = doc.getPage(0);
            for (PDPage p : pages) doc.getPages().insertBefore(p, first);
        }
        return pages.size();
    }

    private record Line(PDFont font, float size, float indent, String text) {}

    private List<String> wrap(PDFont font, String text, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                out.add(line.toString());
                line = new StringBuilder("    " + word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        out.add(line.toString());
        return out;
    }

    /** The text with every character the font cannot encode replaced. */
    private String safe(PDFont font, String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.replace('\t', ' ').replace('−', '-').replace('–', '-').toCharArray()) {
            if (c == '\n' || c == '\r') { b.append(' '); continue; }
            boolean ok = encodable.computeIfAbsent(c, k -> {
                try {
                    font.encode(String.valueOf(k));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            b.append(ok ? c : '?');
        }
        return b.toString();
    }
}

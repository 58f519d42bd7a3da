package io.tickmark.extract.pdf;

import io.tickmark.extract.Extraction;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.layout.LineBox;
import io.tickmark.extract.text.TextExtractor;
import io.tickmark.facts.ExtractionIssue;
import io.tickmark.facts.SourceRef;
import io.tickmark.facts.TableInfo;
import io.tickmark.source.UnreadableInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;

/**
 * Facts from a PDF: the pages are read into the layout model and handed to the same table and
 * fact extraction as layout text, so a PDF and its layout text give the same tables. Figures carry
 * the page and box of their characters; tables and extraction issues are placed on their pages
 * here; what the PDF reader could not read (no text layer, page limit) becomes extraction issues.
 */
public final class PdfExtractor {

    /** The facts, with the laid-out lines and their text for extractors that read the same lines. */
    public record Result(Extraction extraction, LayoutDocument layout, String text) {}

    private PdfExtractor() {}

    public static Result extract(Path file, String name, PdfOptions options) throws UnreadableInputException {
        return facts(PdfReader.read(file, name, options), name);
    }

    /** The facts of a PDF's pages as read ({@link PdfReader#read}): its tables, placed on their pages, and what was not read. */
    public static Result facts(PdfText pdf, String name) {
        Extraction ex = new TextExtractor().extract(pdf.layout(), pdf.text(), name);
        placeOnPages(ex, pdf.layout());
        for (PdfText.Problem p : pdf.problems()) {
            ex.issues().add(new ExtractionIssue(name, null, p.what(), p.text(), new SourceRef(name, p.page(), 0, 0, 0, 0, null)));
        }
        return new Result(ex, pdf.layout(), pdf.text());
    }

    /** Gives tables and issues that name only lines of the layout the page box of those lines. */
    static void placeOnPages(Extraction ex, LayoutDocument layout) {
        Map<Integer, LayoutLine> lines = new HashMap<>();
        for (LayoutLine l : layout.lines()) lines.put(l.lineNo(), l);
        for (ListIterator<ExtractionIssue> it = ex.issues().listIterator(); it.hasNext(); ) {
            ExtractionIssue i = it.next();
            SourceRef s = i.getSource();
            if (s == null || s.getBox() != null || s.getLine() <= 0) continue;
            String box = box(lines, s.getPage(), s.getLine(), s.getLineEnd());
            if (box == null) continue;
            it.set(new ExtractionIssue(i.getDocument(), i.getTable(), i.getWhat(), i.getText(), withBox(s, box)));
        }
        for (ListIterator<TableInfo> it = ex.tables().listIterator(); it.hasNext(); ) {
            TableInfo t = it.next();
            SourceRef s = t.getSource();
            if (s == null || s.getBox() != null || s.getLine() <= 0) continue;
            String box = box(lines, s.getPage(), s.getLine(), s.getLineEnd());
            if (box == null) continue;
            it.set(new TableInfo(t.getId(), t.getDocument(), t.getStatement(), t.getScope(), t.getTitle(), t.getColumns(),
                    t.getRowsWithFigures(), t.getRowsRead(), withBox(s, box)));
        }
    }

    private static SourceRef withBox(SourceRef s, String box) {
        return new SourceRef(s.getFile(), s.getPage(), s.getLine(), s.getLineEnd(), s.getColumn(), s.getColumnEnd(), box);
    }

    /** The box around lines {@code first..last} that lie on the page. */
    private static String box(Map<Integer, LayoutLine> lines, int page, int first, int last) {
        List<String> boxes = new ArrayList<>();
        for (int n = first; n <= Math.max(first, last); n++) {
            LayoutLine l = lines.get(n);
            if (l == null || l.box() == null) continue;
            if (page > 0 && l.page() != page) continue;
            boxes.add(l.box().whole());
        }
        return LineBox.union(boxes);
    }
}

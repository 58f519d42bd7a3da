package io.tickmark.extract.disclosure;

import io.tickmark.util.Regex;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.facts.SourceRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw lines of a text document, tabs kept (the layout model turns them into spaces, but a
 * prospectus's tab-delimited tables need them), with the page of each line from the layout, and
 * the passages (paragraphs) and sections the disclosure readers search.
 */
final class DocumentText {
    private final String file;
    private final String document;
    private final String[] lines;
    private final Map<Integer, Integer> pages = new HashMap<>();
    private final List<Passage> passages;
    private final Sections sections;

    DocumentText(String file, String document, String text, LayoutDocument layout) {
        this.file = file;
        this.document = document;
        this.lines = Regex.split(text, "\\r?\\n", -1);
        if (layout != null) for (LayoutLine l : layout.lines()) pages.putIfAbsent(l.lineNo(), l.page());
        this.passages = Passage.split(lines);
        this.sections = new Sections(passages);
    }

    String file() { return file; }
    String document() { return document; }
    int size() { return lines.length; }
    /** Line {@code n}, 1-based, as written (tabs kept). */
    String line(int n) { return n >= 1 && n <= lines.length ? lines[n - 1] : ""; }
    List<Passage> passages() { return passages; }
    Sections sections() { return sections; }
    int page(int line) { return pages.getOrDefault(line, 1); }

    SourceRef ref(int first, int last) { return SourceRef.ofLines(file, page(first), first, last); }
    SourceRef ref(Passage p) { return ref(p.first(), p.last()); }

    /** Passages between two lines, both included. */
    List<Passage> passagesIn(int first, int last) {
        List<Passage> out = new ArrayList<>();
        for (Passage p : passages) if (p.first() >= first && p.last() <= last) out.add(p);
        return out;
    }
}

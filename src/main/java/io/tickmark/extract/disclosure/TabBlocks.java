package io.tickmark.extract.disclosure;

import io.tickmark.util.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs of tab-delimited lines, each a table or part of one, with the caption written above it. A
 * title line inside a run ("For the year ended 31 December 2020:") starts a new table; a run that
 * repeats the previous run's header after a page break continues it.
 */
final class TabBlocks {
    private static final Pattern TITLE = Pattern.compile("(?i).*\\by\\s?e\\s?a\\s?r\\s+ended\\b.*\\b(19|20)\\d\\d\\b.*");

    /** A table's lines, the title line (if any) and the caption written above it. */
    record Block(int first, int last, String caption, String title, List<TabLine> lines) {}

    private TabBlocks() {}

    static List<Block> find(DocumentText doc) {
        List<Block> raw = new ArrayList<>();
        List<TabLine> run = new ArrayList<>();
        for (int n = 1; n <= doc.size() + 1; n++) {
            String l = doc.line(n);
            if (n <= doc.size() && l.indexOf('\t') >= 0 && !l.isBlank()) {
                run.add(TabLine.of(n, l));
                continue;
            }
            if (l.indexOf('\t') >= 0 && l.isBlank()) continue;
            if (!run.isEmpty()) split(doc, run, raw);
            run = new ArrayList<>();
        }
        return raw;
    }

    /** Splits a run at inner title lines and attaches each part's caption. */
    private static void split(DocumentText doc, List<TabLine> run, List<Block> out) {
        List<TabLine> part = new ArrayList<>();
        String title = null;
        boolean seenData = false;
        boolean afterTotal = false;
        for (TabLine t : run) {
            boolean titleLine = TITLE.matcher(t.joined()).matches() && TableHeader.isHeaderLine(t) && t.joined().length() < 80;
            if (titleLine) {
                if (!part.isEmpty()) out.add(block(doc, part, title));
                part = new ArrayList<>();
                title = Regex.replaceAll(t.joined(), "\\s*:\\s*$", "");
                seenData = false;
                continue;
            }
            boolean header = TableHeader.isHeaderLine(t);
            // A header after a total, or a new "For the year ended" caption, starts the next table of a run.
            if (seenData && header && (afterTotal || Regex.matches(t.joined(), "(?i).*\\b(year|years) ended\\b.*"))) {
                out.add(block(doc, part, title));
                part = new ArrayList<>();
                title = null;
                seenData = false;
            }
            if (!header) {
                seenData = true;
                afterTotal = t.cells().stream().anyMatch(c -> Regex.matches(c, "(?i)total"));
            }
            part.add(t);
        }
        if (!part.isEmpty()) out.add(block(doc, part, title));
    }

    private static Block block(DocumentText doc, List<TabLine> lines, String innerTitle) {
        int first = lines.get(0).line();
        String caption = null;
        String title = innerTitle;
        for (int n = first - 1; n >= Math.max(1, first - 4); n--) {
            String l = doc.line(n).trim();
            if (l.isEmpty()) continue;
            if (doc.line(n).indexOf('\t') >= 0) break;
            if (title == null && TITLE.matcher(l).matches() && l.length() < 80) title = Regex.replaceAll(l, "\\s*:\\s*$", "");
            else caption = l.length() > 200 ? l.substring(0, 200) : l;
            break;
        }
        return new Block(first, lines.get(lines.size() - 1).line(), caption, title, lines);
    }

    static int numbers(TabLine t) {
        int n = 0;
        for (String c : t.cells()) for (String p : Atoms.pieces(c)) if (Atoms.parse(p) != null && !Atoms.parse(p).nil()) n++;
        return n;
    }
}

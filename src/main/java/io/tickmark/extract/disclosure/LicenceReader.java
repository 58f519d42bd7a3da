package io.tickmark.extract.disclosure;

import io.tickmark.util.Regex;
import io.tickmark.facts.ExtractionIssue;
import io.tickmark.facts.Licence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The licences and permits table: licence, holder, granting authority, grant and expiry dates.
 * Columns are found by their captions. The table continues across page breaks: a following run of
 * tab lines that repeats the header, or whose rows fit the same columns, is the same table; the
 * repeated header is dropped, and a row cut by the page (its remaining cells on the next line, the
 * licence cell empty) is joined back. A row whose expiry cannot be read is reported, never guessed.
 */
final class LicenceReader {
    /** Lines between two parts of one table: a blank line, a page number, a running header. */
    private static final int PAGE_BREAK_LINES = 8;

    private LicenceReader() {}

    static boolean isLicenceTable(TabBlocks.Block b) {
        return !b.lines().isEmpty() && isLicenceHeader(b.lines().get(0));
    }

    static boolean isLicenceHeader(TabLine t) {
        String j = t.joined().toLowerCase(Locale.ROOT);
        return Regex.matches(j, ".*\\b(licen[cs]es?|permits?|certificates?|approvals?)\\b.*") && Regex.matches(j, ".*\\b(expiry|expiration|valid until|validity)\\b.*");
    }

    /** The blocks of each licence table, continuation blocks after page breaks included. */
    static List<List<TabBlocks.Block>> tables(List<TabBlocks.Block> blocks) {
        List<List<TabBlocks.Block>> out = new ArrayList<>();
        List<TabBlocks.Block> current = null;
        int width = 0;
        for (TabBlocks.Block b : blocks) {
            boolean near = current != null && b.first() - current.get(current.size() - 1).last() <= PAGE_BREAK_LINES;
            if (isLicenceTable(b)) {
                if (near && sameHeader(current.get(0).lines().get(0), b.lines().get(0))) current.add(b);
                else {
                    current = new ArrayList<>(List.of(b));
                    width = b.lines().get(0).cells().size();
                    out.add(current);
                }
            } else if (near && fits(b, width)) {
                current.add(b);
            } else {
                current = null;
            }
        }
        return out;
    }

    private static boolean sameHeader(TabLine a, TabLine b) {
        return a.joined().equalsIgnoreCase(b.joined());
    }

    /** A headless run after a page break continues the table when its rows have the table's width and a date. */
    private static boolean fits(TabBlocks.Block b, int width) {
        for (TabLine t : b.lines()) {
            if (t.cells().size() > width) return false;
            boolean date = false;
            for (String c : t.cells()) if (Dates.parse(c) != null) date = true;
            if (!date) return false;
        }
        return true;
    }

    static void read(DocumentText doc, List<TabBlocks.Block> blocks, List<Object> out, List<ExtractionIssue> issues) {
        int n = 0;
        for (List<TabBlocks.Block> table : tables(blocks)) {
            TabLine header = table.get(0).lines().get(0);
            int name = -1, holder = -1, authority = -1, grant = -1, expiry = -1;
            for (int i = 0; i < header.cells().size(); i++) {
                String c = header.cell(i).toLowerCase(Locale.ROOT);
                if (expiry < 0 && Regex.matches(c, ".*\\b(expiry|expiration|valid until|validity)\\b.*")) expiry = i;
                else if (grant < 0 && Regex.matches(c, ".*\\b(grant|issue|issuance)\\b.*date.*|.*\\bdate of (grant|issue).*")) grant = i;
                else if (authority < 0 && Regex.matches(c, ".*\\b(authority|granting|issuing|issued by)\\b.*")) authority = i;
                else if (holder < 0 && Regex.matches(c, ".*\\b(holder|entity|company|licensee)\\b.*")) holder = i;
                else if (name < 0 && Regex.matches(c, ".*\\b(licen[cs]e|permit|certificate|approval)s?\\b.*")) name = i;
            }
            if (name < 0) name = 0;
            List<TabLine> rows = new ArrayList<>();
            for (TabBlocks.Block b : table) for (TabLine t : b.lines()) if (!isLicenceHeader(t)) rows.add(t);
            for (int r = 0; r < rows.size(); r++) {
                TabLine row = rows.get(r);
                int last = row.line();
                // A row cut by a page break: its remaining cells start the next line, the licence cell empty.
                while (expiry >= 0 && row.cell(expiry).isEmpty() && r + 1 < rows.size() && rows.get(r + 1).cell(name).isEmpty()) {
                    TabLine next = rows.get(++r);
                    last = next.line();
                    row = merge(row, next);
                }
                if (row.cell(name).isEmpty()) {
                    issues.add(new ExtractionIssue(doc.document(), "licences", "licence row without a licence name",
                            row.joined(), doc.ref(row.line(), last)));
                    continue;
                }
                LocalDate exp = expiry < 0 ? null : Dates.parse(row.cell(expiry));
                LocalDate gr = grant < 0 ? null : Dates.parse(row.cell(grant));
                if (exp == null) {
                    issues.add(new ExtractionIssue(doc.document(), "licences", "licence without a readable expiry date",
                            row.joined(), doc.ref(row.line(), last)));
                }
                out.add(new Licence(doc.document(), "licence#" + (++n), row.cell(name), holder < 0 ? null : row.cell(holder),
                        authority < 0 ? null : row.cell(authority), gr, exp, row.joined(), doc.ref(row.line(), last)));
            }
        }
    }

    private static TabLine merge(TabLine a, TabLine b) {
        List<String> cells = new ArrayList<>();
        int w = Math.max(a.cells().size(), b.cells().size());
        for (int i = 0; i < w; i++) {
            String x = a.cell(i);
            String y = b.cell(i);
            cells.add(x.isEmpty() ? y : y.isEmpty() ? x : x + " " + y);
        }
        return new TabLine(a.line(), cells);
    }
}

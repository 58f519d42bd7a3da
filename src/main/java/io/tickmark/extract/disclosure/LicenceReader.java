package io.tickmark.extract.disclosure;

import io.tickmark.facts.ExtractionIssue;
import io.tickmark.facts.Licence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The licences and permits table: licence, holder, granting authority, grant and expiry dates.
 * Columns are found by their captions; the table continues across page breaks where the header
 * repeats; a row broken by the page (its last cells on the next line) is joined back; a row
 * whose expiry cannot be read is reported, never guessed.
 */
final class LicenceReader {
    private LicenceReader() {}

    static boolean isLicenceTable(TabBlocks.Block b) {
        return !b.lines().isEmpty() && isLicenceHeader(b.lines().get(0));
    }

    static boolean isLicenceHeader(TabLine t) {
        String j = t.joined().toLowerCase(Locale.ROOT);
        return j.matches(".*\\b(licen[cs]es?|permits?|certificates?|approvals?)\\b.*") && j.matches(".*\\b(expiry|expiration|valid until|validity)\\b.*");
    }

    static void read(DocumentText doc, List<TabBlocks.Block> blocks, List<Object> out, List<ExtractionIssue> issues) {
        int n = 0;
        for (TabBlocks.Block b : blocks) {
            if (!isLicenceTable(b)) continue;
            TabLine header = b.lines().get(0);
            int name = -1, holder = -1, authority = -1, grant = -1, expiry = -1;
            for (int i = 0; i < header.cells().size(); i++) {
                String c = header.cell(i).toLowerCase(Locale.ROOT);
                if (expiry < 0 && c.matches(".*\\b(expiry|expiration|valid until|validity)\\b.*")) expiry = i;
                else if (grant < 0 && c.matches(".*\\b(grant|issue|issuance)\\b.*date.*|.*\\bdate of (grant|issue).*")) grant = i;
                else if (authority < 0 && c.matches(".*\\b(authority|granting|issuing|issued by)\\b.*")) authority = i;
                else if (holder < 0 && c.matches(".*\\b(holder|entity|company|licensee)\\b.*")) holder = i;
                else if (name < 0 && c.matches(".*\\b(licen[cs]e|permit|certificate|approval)s?\\b.*")) name = i;
            }
            if (name < 0) name = 0;
            List<TabLine> rows = new ArrayList<>(b.lines().subList(1, b.lines().size()));
            for (int r = 0; r < rows.size(); r++) {
                TabLine row = rows.get(r);
                if (isLicenceHeader(row)) continue;
                // A row cut by a page break: its remaining cells start the next line, left cells empty.
                while (expiry >= 0 && row.cell(expiry).isEmpty() && r + 1 < rows.size() && rows.get(r + 1).cell(name).isEmpty()) {
                    row = merge(row, rows.get(++r));
                }
                LocalDate exp = expiry < 0 ? null : Dates.parse(row.cell(expiry));
                LocalDate gr = grant < 0 ? null : Dates.parse(row.cell(grant));
                String title = row.cell(name);
                String id = "licence#" + (++n);
                if (exp == null) {
                    issues.add(new ExtractionIssue(doc.document(), "licences", "licence without a readable expiry date",
                            row.joined(), doc.ref(row.line(), row.line())));
                }
                out.add(new Licence(doc.document(), id, title, holder < 0 ? null : row.cell(holder),
                        authority < 0 ? null : row.cell(authority), gr, exp, row.joined(), doc.ref(row.line(), row.line())));
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

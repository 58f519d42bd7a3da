package io.tickmark.extract.disclosure;

import io.tickmark.util.Regex;
import io.tickmark.extract.disclosure.FigureTable.Cell;
import io.tickmark.extract.disclosure.FigureTable.Column;
import io.tickmark.extract.disclosure.FigureTable.Row;
import io.tickmark.extract.disclosure.OcrAlignment.ColumnType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Ranked tables of the largest customers or suppliers: rank, party, amount, share. Columns are
 * found by the header's captions, which may differ between the parts of a table split by a page.
 * A row whose columns ran into each other (several parties in one cell, words where a figure
 * belongs) is reported, not read.
 */
final class RankedTableReader {
    private static final Pattern RANK = Pattern.compile("^\\d{1,2}$");

    private RankedTableReader() {}

    static boolean isRanked(TableHeader header, List<TabLine> data) {
        for (String c : header.captions().values()) if (Regex.matches(c, "(?i).*\\brank\\b.*")) return true;
        int ranks = 0;
        for (TabLine l : data) if (RANK.matcher(l.cell(0)).matches() && !l.cell(1).isEmpty() && Atoms.parse(l.cell(1)) == null) ranks++;
        return ranks >= 2;
    }

    static void setUp(FigureTable t, TableHeader header, String title) {
        String h = header.text.toLowerCase(Locale.ROOT);
        t.role = Regex.matches(h, ".*\\bsuppliers?\\b.*") && !Regex.matches(h, ".*\\b(client|customer)s?\\b(?!-).*") ? "supplier"
                : h.contains("supplier") && h.contains("purchase") ? "supplier" : "customer";
        t.flow = "supplier".equals(t.role) ? "Purchases" : "Revenue";
        if (h.contains("cost of sales") || h.contains("cost of revenue")) t.shareBase = "CostOfRevenue";
        else if (h.contains("percentage of revenue") || h.contains("of total revenue") || h.contains("of our revenue")) t.shareBase = "Revenue";
        else if (h.contains("purchases")) t.shareBase = "Purchases";
        LocalDate end = title == null ? null : Dates.parse(Regex.replaceAll(title, "(?i)^.*ended\\s+", ""));
        String period = end == null ? null : io.tickmark.normalize.Periods.duration(java.time.LocalDate.parse(end.toString()), "12M");
        t.columns.add(new Column("amount", period, end == null ? 0 : end.getYear(), false));
        t.columns.add(new Column("%", period, end == null ? 0 : end.getYear(), true));
    }

    /** Reads ranked rows; the columns are found by the header's captions, which may differ between pages. */
    static void read(FigureTable t, TableHeader header, List<TabLine> data) {
        Map<Integer, String> caps = header.captions();
        int party = -1, amount = -1, share = -1, rank = -1;
        for (Map.Entry<Integer, String> e : caps.entrySet()) {
            String c = e.getValue().toLowerCase(Locale.ROOT);
            if (rank < 0 && Regex.matches(c, ".*\\brank\\b.*") && !Regex.matches(c, ".*\\b(client|customer|supplier)s?\\b.*")) rank = e.getKey();
            if (party < 0 && Regex.matches(c, ".*\\b(client|customer|supplier)s?\\b.*") && !c.contains("amount") && !c.contains("percentage")) party = e.getKey();
            if (amount < 0 && (c.contains("amount") || c.contains("rmb"))) amount = e.getKey();
            if (share < 0 && (c.contains("percentage") || c.contains("%"))) share = e.getKey();
        }
        if (share >= 0 && t.shareBase == null) {
            String c = caps.get(share).toLowerCase(Locale.ROOT);
            if (c.contains("cost of sales") || c.contains("cost of revenue")) t.shareBase = "CostOfRevenue";
            else if (c.contains("revenue")) t.shareBase = "Revenue";
            else if (c.contains("purchases")) t.shareBase = "Purchases";
        }
        if (party < 0 || amount < 0) {
            for (TabLine l : data) t.problem(l.line(), "a row of a ranked table whose columns could not be read: " + FigureTableReader.cut(l.joined()));
            return;
        }
        for (TabLine l : data) {
            if (TabBlocks.numbers(l) == 0 && l.joined().length() < 4) continue;
            int totalAt = -1;
            for (int i = 0; i < l.cells().size(); i++) if (Regex.matches(l.cell(i), "(?i)total")) totalAt = i;
            boolean rankRow = rank >= 0 ? RANK.matcher(l.cell(rank)).matches() : l.firstFilled() == party;
            String partyCell = l.cell(party);
            String name = PartyNames.normalise(partyCell);
            if (name == null && !partyCell.isEmpty()) name = Regex.replaceAll(partyCell, "\\s*\\((?i:notes?)[^)]*\\)", "").trim();
            // Interleaved columns put several parties, or words, where one name or one figure belongs.
            boolean scrambled = partyCell.length() > 80 || PartyNames.count(partyCell) > 1 || totalAt < 0 && partyCell.isEmpty()
                    || Atoms.isWords(l.cell(amount)) || share >= 0 && Atoms.isWords(l.cell(share));
            if (totalAt < 0 && (!rankRow && rank >= 0 || scrambled)) {
                t.problem(l.line(), "a row whose columns are interleaved could not be read: " + FigureTableReader.cut(l.joined()));
                t.damaged = true;
                continue;
            }
            Row r = new Row();
            r.line = l.line();
            r.lineEnd = l.line();
            r.total = totalAt >= 0;
            r.label = r.total ? "Total" : partyCell;
            r.party = r.total ? null : name;
            r.rank = rankRow && rank >= 0 ? Integer.parseInt(l.cell(rank)) : 0;
            r.cells = new Cell[2];
            r.cells[0] = cell(t, r, l.cell(amount), new ColumnType(false, 0));
            if (share >= 0) r.cells[1] = cell(t, r, l.cell(share), new ColumnType(true, 1));
            t.rows.add(r);
        }
    }

    static Cell cell(FigureTable t, Row r, String text, ColumnType type) {
        List<String> p = Atoms.pieces(text);
        if (p.isEmpty()) return null;
        if (p.size() == 1) {
            Atoms.Atom a = Atoms.parse(p.get(0));
            if (a != null) return new Cell(a, text, false);
        }
        Atoms.Atom joined = OcrAlignment.rejoin(p, new ColumnType(type.percent(), decimalsOf(p)));
        t.damaged = true;
        if (joined == null) {
            r.problems.add("unreadable: '" + text + "'");
            return null;
        }
        return new Cell(joined, text, true);
    }

    private static int decimalsOf(List<String> pieces) {
        String last = pieces.get(pieces.size() - 1);
        int dot = last.indexOf('.');
        return dot < 0 ? 0 : last.replace("%", "").length() - dot - 1;
    }
}

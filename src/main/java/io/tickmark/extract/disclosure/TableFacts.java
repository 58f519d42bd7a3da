package io.tickmark.extract.disclosure;

import io.tickmark.util.Regex;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.disclosure.FigureTable.Cell;
import io.tickmark.extract.disclosure.FigureTable.Column;
import io.tickmark.extract.disclosure.FigureTable.Row;
import io.tickmark.facts.ConcentrationShare;
import io.tickmark.facts.ExtractionIssue;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Operand;
import io.tickmark.facts.Relation;
import io.tickmark.facts.SourceRef;
import io.tickmark.facts.StatedShare;
import io.tickmark.facts.TableInfo;
import io.tickmark.facts.TableParty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the tables read into facts the rules work on: amounts become {@link Figure}s with the
 * relations their totals imply (so the consistency pack foots them), percentages become
 * {@link StatedShare}s naming the amounts they can be recomputed from, ranked tables give
 * {@link ConcentrationShare}s, and the counterparties named give {@link TableParty} facts. What
 * could not be read becomes an {@link ExtractionIssue}.
 *
 * <p>Concepts: a table's total row carries the measure of the table (Revenue, CostOfRevenue,
 * GrossProfit); an amount for a named counterparty carries the flow qualified by the party
 * ({@code Revenue[client-supplier D]}), so that the same amount shown in two tables is tied out.
 */
final class TableFacts {
    private final Extraction ex;
    private final DocumentText doc;
    private final String path;
    private final Map<String, Integer> ids = new HashMap<>();
    private final ShareFacts shares;
    private final Map<String, List<Object[]>> parties = new TreeMap<>();

    TableFacts(Extraction ex, DocumentText doc) {
        this.ex = ex;
        this.doc = doc;
        this.path = ex.document().getId();
        this.shares = new ShareFacts(ex, doc);
    }

    void build(List<FigureTable> tables) {
        for (FigureTable t : tables) build(t);
        shares.finish();
        for (Map.Entry<String, List<Object[]>> e : parties.entrySet()) {
            List<String> tbls = new ArrayList<>();
            List<SourceRef> refs = new ArrayList<>();
            for (Object[] o : e.getValue()) {
                if (!tbls.contains((String) o[0])) tbls.add((String) o[0]);
                refs.add((SourceRef) o[1]);
            }
            String[] key = e.getKey().split("\u0000");
            String section = "null".equals(key[0]) ? null : key[0];
            ex.otherFacts().add(new TableParty(path, PartyNames.kindOf(key[1]), key[1], section, String.join("; ", tbls), refs));
        }
    }

    private void build(FigureTable t) {
        t.id = tableId(t);
        String unit = t.currency ? ex.document().getCurrency() == null ? "CNY" : ex.document().getCurrency() : "count";
        Map<String, Figure> cells = new HashMap<>();
        int rowsWithFigures = 0;
        int rowsRead = 0;
        for (int r = 0; r < t.rows.size(); r++) {
            Row row = t.rows.get(r);
            SourceRef ref = doc.ref(row.line, row.lineEnd);
            if (!row.problems.isEmpty()) {
                ex.issues().add(new ExtractionIssue(path, t.id, "part of a damaged row of " + t.id + " could not be read",
                        "'" + row.fullLabel() + "': " + String.join("; ", row.problems), ref));
            }
            if (!row.hasFigures()) continue;
            rowsWithFigures++;
            if (row.problems.isEmpty()) rowsRead++;
            if (PartyNames.isAnonymised(row.party)) parties.computeIfAbsent(t.section + "\u0000" + row.party, k -> new ArrayList<>()).add(new Object[]{t.id, ref});
            for (int c = 0; c < row.cells.length; c++) {
                Cell cell = row.cells[c];
                if (cell == null || !cell.hasValue()) continue;
                Column col = t.columns.get(c);
                boolean percent = cell.atom.percent() || col.percent();
                if (percent && ShareFacts.sharesHandled(t, row, c)) continue;
                String concept = percent ? null : concept(t, row);
                long scale = percent ? 1 : cell.atom.currency() ? 1 : t.scale;
                Figure f = new Figure(Figure.idFor(t.id, r, c), path, t.id, "disclosure", "consolidated", r, c,
                        row.fullLabel(), concept, col.caption(), col.period(), cell.atom.value(), cell.atom.decimals(), scale,
                        percent ? "%" : cell.atom.currency() ? "CNY" : unit, ref);
                ex.figures().add(f);
                cells.put(r + ":" + c, f);
                shares.base(t, row, col, f);
            }
        }
        relations(t);
        shares.shares(t, cells);
        problems(t);
        List<String> captions = t.columns.stream().map(Column::caption).toList();
        ex.tables().add(new TableInfo(t.id, path, "disclosure", "consolidated", t.title != null ? t.title : t.caption, captions,
                rowsWithFigures, rowsRead, doc.ref(t.firstLine, t.lastLine)));
    }

    /**
     * Table-level problems, one issue per run of the same kind on neighbouring lines: seven rows
     * that lost their labels are one unreadable part of the table, named once with its lines.
     */
    private void problems(FigureTable t) {
        List<String[]> ps = new ArrayList<>(t.problems);
        ps.sort((a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])));
        int i = 0;
        while (i < ps.size()) {
            String kind = kindOf(ps.get(i)[1]);
            int first = Integer.parseInt(ps.get(i)[0]);
            int last = first;
            int j = i + 1;
            while (j < ps.size() && kindOf(ps.get(j)[1]).equals(kind) && Integer.parseInt(ps.get(j)[0]) - last <= 2) {
                last = Integer.parseInt(ps.get(j)[0]);
                j++;
            }
            String text = j - i == 1 ? ps.get(i)[1] : kind + " (" + (j - i) + " rows): " + Regex.replaceFirst(ps.get(i)[1].substring(kind.length()), "^:\\s*", "") + " …";
            ex.issues().add(new ExtractionIssue(path, t.id, "part of " + t.id + " could not be read", text, doc.ref(first, last)));
            i = j;
        }
    }

    private static String kindOf(String problem) {
        int colon = problem.indexOf(':');
        return colon < 0 ? problem : problem.substring(0, colon);
    }

    private String concept(FigureTable t, Row row) {
        if (row.total && t.measure != null && !t.ranked) return t.measure;
        if (row.party == null) return null;
        String flow = t.flow;
        if (flow == null) {
            String g = (row.group == null ? "" : row.group + " ") + row.label;
            String l = g.toLowerCase(Locale.ROOT);
            if (l.contains("purchase")) flow = "Purchases";
            else if (l.contains("revenue") || l.contains("sales to")) flow = "Revenue";
        }
        return flow == null ? null : flow + "[" + row.party + "]";
    }

    /** A total row adds up the rows above it since the previous total; every part is required. */
    private void relations(FigureTable t) {
        for (int r = 0; r < t.rows.size(); r++) {
            Row total = t.rows.get(r);
            if (!total.total) continue;
            List<Row> parts = ArithmeticConfirmation.partsOf(t, r);
            if (parts.size() < 2) continue;
            List<Operand> ops = new ArrayList<>();
            StringBuilder d = new StringBuilder(total.label).append(" = ");
            for (Row p : parts) {
                ops.add(new Operand(Integer.toString(t.rows.indexOf(p)), 1, true));
                if (d.length() < 200) d.append(ops.size() > 1 ? " + " : "").append(p.label.length() > 40 ? p.label.substring(0, 40) + "…" : p.label);
            }
            ex.relations().add(new Relation(t.id + ":rows:" + r, "rows", path, t.id, Integer.toString(r), ops, "layout", d.toString()));
        }
    }

    private String tableId(FigureTable t) {
        String section = t.section == null ? "tables" : t.section.toLowerCase(Locale.ROOT);
        String what;
        if (t.ranked) {
            what = ("supplier".equals(t.role) ? "top suppliers" : "top customers") + (t.columns.isEmpty() || t.columns.get(0).year() == 0 ? "" : " " + t.columns.get(0).year());
        } else if (t.measure != null) {
            what = switch (t.measure) {
                case "Revenue" -> "revenue";
                case "CostOfRevenue" -> "cost of sales";
                case "GrossProfit" -> "gross profit";
                default -> t.measure;
            };
        } else if (t.caption != null && t.caption.length() <= 40) {
            what = Regex.replaceAll(t.caption.toLowerCase(Locale.ROOT), "[:.]$", "");
        } else {
            what = "table";
        }
        String base = "disclosure/" + section + ": " + what;
        int n = ids.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + " #" + n;
    }
}

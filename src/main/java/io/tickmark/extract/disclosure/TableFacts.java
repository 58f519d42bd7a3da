package io.tickmark.extract.disclosure;

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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern SHARE_OF = Pattern.compile("(?i)\\b(?:as a )?percentage of (?:our |the group's |total )*(revenue|cost of sales|purchases)");
    private final Extraction ex;
    private final DocumentText doc;
    private final String path;
    private final Map<String, Integer> ids = new HashMap<>();
    /** Figures by concept and period: the bases that shares elsewhere are recomputed against. */
    private final Map<String, Figure> byConcept = new HashMap<>();
    /** Figures of revenue tables by row label and period: the bases of margins. */
    private final Map<String, Figure> revenueByLabel = new HashMap<>();
    private final List<Runnable> secondPass = new ArrayList<>();
    private final Map<String, List<Object[]>> parties = new TreeMap<>();

    TableFacts(Extraction ex, DocumentText doc) {
        this.ex = ex;
        this.doc = doc;
        this.path = ex.document().getId();
    }

    void build(List<FigureTable> tables) {
        for (FigureTable t : tables) build(t);
        for (Runnable r : secondPass) r.run();
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
                if (percent && sharesHandled(t, row, c)) continue;
                String concept = percent ? null : concept(t, row);
                long scale = percent ? 1 : cell.atom.currency() ? 1 : t.scale;
                Figure f = new Figure(String.format("%s#%04d.%02d", t.id, r, c), path, t.id, "disclosure", "consolidated", r, c,
                        row.fullLabel(), concept, col.caption(), col.period(), cell.atom.value(), cell.atom.decimals(), scale,
                        percent ? "%" : cell.atom.currency() ? "CNY" : unit, ref);
                ex.figures().add(f);
                cells.put(r + ":" + c, f);
                if (concept != null && col.period() != null) byConcept.putIfAbsent(concept + "|" + col.period(), f);
                if ("Revenue".equals(t.measure) && col.period() != null) revenueByLabel.put(key(row.label) + "|" + col.period(), f);
            }
        }
        relations(t);
        shares(t, cells);
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
            String text = j - i == 1 ? ps.get(i)[1] : kind + " (" + (j - i) + " rows): " + ps.get(i)[1].substring(kind.length()).replaceFirst("^:\\s*", "") + " …";
            ex.issues().add(new ExtractionIssue(path, t.id, "part of " + t.id + " could not be read", text, doc.ref(first, last)));
            i = j;
        }
    }

    private static String kindOf(String problem) {
        int colon = problem.indexOf(':');
        return colon < 0 ? problem : problem.substring(0, colon);
    }

    /** Whether percentage cells of this table are shares (StatedShare facts) rather than plain figures. */
    private boolean sharesHandled(FigureTable t, Row row, int c) {
        if (t.ranked) return true;
        if (row.shareRow && SHARE_OF.matcher(row.label).find()) return true;
        return t.columns.get(c).percent() && (shareOfTotalColumn(t, c) || "GrossProfit".equals(t.measure) && marginColumn(t, c));
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

    private static boolean shareOfTotalColumn(FigureTable t, int c) {
        for (Row r : t.rows) {
            Cell x = r.total && c < r.cells.length ? r.cells[c] : null;
            if (x != null && x.hasValue() && x.atom.value().subtract(BigDecimal.valueOf(100)).abs().compareTo(BigDecimal.ONE) <= 0) return true;
        }
        // A damaged table may have lost this column's total: its sibling percentage columns decide.
        for (int k = 0; k < t.columns.size(); k++) {
            if (k == c || !t.columns.get(k).percent()) continue;
            for (Row r : t.rows) {
                Cell x = r.total && k < r.cells.length ? r.cells[k] : null;
                if (x != null && x.hasValue() && x.atom.value().subtract(BigDecimal.valueOf(100)).abs().compareTo(BigDecimal.ONE) <= 0) return true;
            }
        }
        return false;
    }

    private static boolean marginColumn(FigureTable t, int c) {
        return ArithmeticConfirmation.amountColumnFor(t, c) >= 0 && !shareOfTotalColumn(t, c);
    }

    private void shares(FigureTable t, Map<String, Figure> cells) {
        for (int r = 0; r < t.rows.size(); r++) {
            Row row = t.rows.get(r);
            for (int c = 0; c < row.cells.length; c++) {
                Cell cell = row.cells[c];
                if (cell == null || !cell.hasValue()) continue;
                Column col = t.columns.get(c);
                if (!(cell.atom.percent() || col.percent()) || !sharesHandled(t, row, c)) continue;
                share(t, cells, r, c);
            }
        }
    }

    private void share(FigureTable t, Map<String, Figure> cells, int r, int c) {
        Row row = t.rows.get(r);
        Cell cell = row.cells[c];
        Column col = t.columns.get(c);
        String id = String.format("%s#%04d.%02d%%", t.id, r, c);
        SourceRef ref = doc.ref(row.line, row.lineEnd);
        int amountCol = t.ranked ? 0 : ArithmeticConfirmation.amountColumnFor(t, c);
        Figure numerator = amountCol >= 0 ? cells.get(r + ":" + amountCol) : null;
        if (t.ranked) {
            int total = totalBelow(t, r);
            int parts = row.total ? (int) ArithmeticConfirmation.partsOf(t, r).size() : 0;
            String base = t.shareBase;
            Figure num = numerator;
            secondPass.add(() -> {
                Figure b = base == null ? null : byConcept.get(base + "|" + col.period());
                add(new StatedShare(id, path, t.id, r, c, row.fullLabel(), col.caption(), col.period(), cell.atom.value(),
                        cell.atom.decimals(), row.total, row.total ? -1 : total, parts, b == null ? null : idOf(num), idOf(b),
                        baseName(base), ref));
            });
            if (t.shareBase != null && (row.party != null || row.total)) {
                ex.otherFacts().add(new ConcentrationShare(path, t.role, col.period(), col.year(), row.total ? "top five" : row.party,
                        row.total, cell.atom.value(), baseName(t.shareBase), t.id, ref));
            }
            return;
        }
        if (row.shareRow) {
            Matcher m = SHARE_OF.matcher(row.label);
            String base = !m.find() ? null : switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "revenue" -> "Revenue";
                case "cost of sales" -> "CostOfRevenue";
                default -> "Purchases";
            };
            Figure num = amountAbove(t, cells, r, c);
            secondPass.add(() -> {
                Figure b = base == null ? null : byConcept.get(base + "|" + col.period());
                add(new StatedShare(id, path, t.id, r, c, row.fullLabel(), col.caption(), col.period(), cell.atom.value(),
                        cell.atom.decimals(), false, -1, 0, b == null ? null : idOf(num), idOf(b), baseName(base), ref));
            });
            return;
        }
        if (shareOfTotalColumn(t, c)) {
            if (row.total) {
                int parts = ArithmeticConfirmation.partsOf(t, r).size();
                add(new StatedShare(id, path, t.id, r, c, row.fullLabel(), col.caption(), col.period(), cell.atom.value(),
                        cell.atom.decimals(), true, -1, parts, null, null, "the column total", ref));
            } else {
                int total = totalBelow(t, r);
                Figure base = total < 0 || amountCol < 0 ? null : cells.get(total + ":" + amountCol);
                add(new StatedShare(id, path, t.id, r, c, row.fullLabel(), col.caption(), col.period(), cell.atom.value(),
                        cell.atom.decimals(), false, total, 0, base == null ? null : idOf(numerator), idOf(base),
                        "the column total", ref));
            }
            return;
        }
        // A margin: the row's amount over the same row's revenue, read from the revenue table.
        Figure num = numerator;
        secondPass.add(() -> {
            Figure b = revenueByLabel.get(key(row.label) + "|" + col.period());
            add(new StatedShare(id, path, t.id, r, c, row.fullLabel(), col.caption(), col.period(), cell.atom.value(),
                    cell.atom.decimals(), false, -1, 0, b == null ? null : idOf(num), idOf(b), "revenue of " + row.label, ref));
        });
    }

    private void add(StatedShare s) { ex.otherFacts().add(s); }

    private static String idOf(Figure f) { return f == null ? null : f.getId(); }

    private static String baseName(String concept) {
        if (concept == null) return null;
        return switch (concept) {
            case "Revenue" -> "revenue";
            case "CostOfRevenue" -> "cost of sales";
            default -> "purchases";
        };
    }

    /** The first total row at or below a part row: the total its share adds up to. */
    private static int totalBelow(FigureTable t, int r) {
        for (int k = r + 1; k < t.rows.size(); k++) if (t.rows.get(k).total) return k;
        return -1;
    }

    /** The amount a "As a percentage of..." row is a share of: the nearest amount row above it. */
    private static Figure amountAbove(FigureTable t, Map<String, Figure> cells, int r, int c) {
        for (int k = r - 1; k >= 0; k--) {
            Row p = t.rows.get(k);
            if (p.shareRow) continue;
            return cells.get(k + ":" + c);
        }
        return null;
    }

    private static String key(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
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
            what = t.caption.toLowerCase(Locale.ROOT).replaceAll("[:.]$", "");
        } else {
            what = "table";
        }
        String base = "disclosure/" + section + ": " + what;
        int n = ids.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + " #" + n;
    }
}

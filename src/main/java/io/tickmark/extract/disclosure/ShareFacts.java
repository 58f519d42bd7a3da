package io.tickmark.extract.disclosure;

import io.tickmark.util.Regex;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.disclosure.FigureTable.Cell;
import io.tickmark.extract.disclosure.FigureTable.Column;
import io.tickmark.extract.disclosure.FigureTable.Row;
import io.tickmark.facts.ConcentrationShare;
import io.tickmark.facts.Figure;
import io.tickmark.facts.SourceRef;
import io.tickmark.facts.StatedShare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The percentages of the tables as {@link StatedShare}s, each naming the amounts it can be
 * recomputed from: a share of its column's total ("% of total"), a total of shares (top five), a
 * share of a figure stated in another table ("percentage of revenue", found by concept and period
 * once every table is read), or a margin (the row's amount over the same row of the revenue table).
 * Ranked tables also give {@link ConcentrationShare}s.
 */
final class ShareFacts {
    private static final Pattern SHARE_OF = Pattern.compile("(?i)\\b(?:as a )?percentage of (?:our |the group's |total )*(revenue|cost of sales|purchases)");
    private final Extraction ex;
    private final DocumentText doc;
    private final String path;
    /** Figures by concept and period: the bases that shares elsewhere are recomputed against. */
    private final Map<String, Figure> byConcept = new HashMap<>();
    /** Figures of revenue tables by row label and period: the bases of margins. */
    private final Map<String, Figure> revenueByLabel = new HashMap<>();
    private final List<Runnable> secondPass = new ArrayList<>();

    ShareFacts(Extraction ex, DocumentText doc) {
        this.ex = ex;
        this.doc = doc;
        this.path = ex.document().getId();
    }

    /** Remembers a figure that shares in other tables may be a share of. */
    void base(FigureTable t, Row row, Column col, Figure f) {
        if (f.getConcept() != null && col.period() != null) byConcept.putIfAbsent(f.getConcept() + "|" + col.period(), f);
        if ("Revenue".equals(t.measure) && col.period() != null) revenueByLabel.put(key(row.label) + "|" + col.period(), f);
    }

    /** Links the shares that point to other tables, once every table is read. */
    void finish() {
        for (Runnable r : secondPass) r.run();
    }

    static String key(String label) {
        return Regex.replaceAll(label.toLowerCase(Locale.ROOT), "[^a-z0-9]+", " ").trim();
    }

    /** Whether percentage cells of this table are shares (StatedShare facts) rather than plain figures. */
    static boolean sharesHandled(FigureTable t, Row row, int c) {
        if (t.ranked) return true;
        if (row.shareRow && SHARE_OF.matcher(row.label).find()) return true;
        return t.columns.get(c).percent() && (shareOfTotalColumn(t, c) || "GrossProfit".equals(t.measure) && marginColumn(t, c));
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

    void shares(FigureTable t, Map<String, Figure> cells) {
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
        String id = Figure.idFor(t.id, r, c) + "%";
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
}

package io.tickmark.extract.table;

import io.tickmark.facts.Operand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which rows or columns of a table sum to which, read from the layout and labels only, never from
 * the figures: a "Total" row sums the rows of its section (sub-items under "Including:" excluded,
 * closed subtotals collapsed into one item, "Less:" rows subtracted); a movement schedule's ending
 * balance is opening + increases - decreases, and each increase or decrease the sum of its numbered
 * sub-items; book value is cost less accumulated depreciation and impairment; a "Total" column sums
 * the columns before it. Whether the figures agree is for the rules to decide.
 */
public final class StructureInference {

    /** An inferred relation: rows (or columns) by index with weights. */
    public record Inferred(String kind, int total, List<Operand> parts, String description) {}

    private StructureInference() {}

    /**
     * @param skipTotals rows whose total the concept linkbase already covers (by row index)
     */
    public static List<Inferred> infer(Table t, Set<Integer> skipTotals, boolean statement) {
        List<Inferred> out = new ArrayList<>();
        sectionTotals(t, skipTotals, statement, out);
        movements(t, out);
        numberedGroups(t, skipTotals, out);
        columnTotals(t, out);
        return dedupe(withoutBrokenRows(t, out));
    }

    /**
     * A relation over a row that could not be read (wholly or in part) cannot be verified: a row
     * relation whose rows span one, or a column relation, whose per-row sums would miss its cells.
     */
    private static List<Inferred> withoutBrokenRows(Table t, List<Inferred> all) {
        List<Inferred> out = new ArrayList<>();
        for (Inferred i : all) {
            if (i.kind().equals("rows")) {
                int lo = i.total();
                int hi = i.total();
                for (Operand o : i.parts()) {
                    int r = Integer.parseInt(o.getKey());
                    lo = Math.min(lo, r);
                    hi = Math.max(hi, r);
                }
                boolean broken = false;
                for (int r = lo; r <= hi; r++) if (t.rows.get(r).broken) broken = true;
                if (broken) continue;
            }
            out.add(i);
        }
        return out;
    }

    /** One relation per total and set of parts, whichever cue found it first. */
    private static List<Inferred> dedupe(List<Inferred> all) {
        List<Inferred> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Inferred i : all) {
            List<String> keys = new ArrayList<>(i.parts().stream().map(o -> o.getKey() + "*" + o.getWeight()).toList());
            keys.sort(String::compareTo);
            if (seen.add(i.kind() + ":" + i.total() + ":" + keys)) out.add(i);
        }
        return out;
    }

    /**
     * A "Total" row sums the rows since the last boundary: a section header ("Current assets:") or
     * the previous total. In notes, a total with nothing but totals above it sums those totals
     * (subtotals collapsed into a grand total). In primary statements a total must open with its
     * own section header; the linkbase covers the rest.
     */
    private static void sectionTotals(Table t, Set<Integer> skip, boolean statement, List<Inferred> out) {
        List<Row> rows = t.rows;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (!r.hasFigures || !Labels.isTotal(r.label()) || skip.contains(i) || RowRoles.of(r.label()) != null) continue;
            // In a statement a numbered total ("(I) Total comprehensive income") belongs to the numbered
            // hierarchy, whose sums the numbering gives; it does not close a section.
            if (statement && Labels.numberingLevel(r.label()) > 0) continue;
            List<Integer> items = new ArrayList<>();
            boolean header = false;
            int j = i - 1;
            int matching = statement ? matchingHeader(rows, i) : -1;
            for (; j >= 0; j--) {
                Row p = rows.get(j);
                boolean caption = !statement && !p.hasFigures && j + 1 < i && rows.get(j + 1).indent > p.indent + 1
                        && rows.get(j + 1).page == p.page && Labels.numberingLevel(p.label()) == 0 && !Labels.isSubItem(p.label());
                if (!p.hasFigures && (Labels.isSectionHeader(p.label()) || caption || j == matching) && (matching < 0 || j <= matching)) {
                    header = true;
                    break;
                }
                if (Labels.isTotal(p.label())) break;
                items.add(j);
            }
            if (statement && header && matching < 0) continue; // a header that is not this total's own
            if (statement && !header) {
                // No section header: "Total assets" below "Total current assets" is that total and
                // the lines after it; other totals sum the lines since the previous total.
                if (j >= 0 && rows.get(j).hasFigures && currentOf(rows.get(j).label(), r.label())) items.add(j);
                header = true;
            }
            if (!statement && !Labels.isPlainTotal(r.label()) && !header) continue;
            // A total just below a section header may close several sections (two maturity bands
            // under one "Total"): when figures stand above the header without a total of their own,
            // which rows the total sums is not known, so it is not verified.
            if (header && !statement && openFiguresAbove(rows, j)) continue;
            // Only deductions since the previous total: net = that total less them ("Gross property",
            // "Less accumulated depreciation", "Total").
            boolean hasItems = items.stream().anyMatch(k -> rows.get(k).hasFigures);
            if (!header && hasItems && j >= 0 && rows.get(j).hasFigures
                    && items.stream().filter(k -> rows.get(k).hasFigures).allMatch(k -> Labels.isDeduction(rows.get(k).label()))) {
                items.add(j);
            } else if (!header && hasItems && j >= 0 && rows.get(j).hasFigures && !statement) {
                // A total right after another total sums either the rows since it or everything
                // above: unless the one above is a sub-total, which it is cannot be told.
                if (!Labels.strip(rows.get(j).label()).toLowerCase().matches("sub-? ?total.*")) continue;
                items.add(j);
            }
            if (items.stream().noneMatch(k -> rows.get(k).hasFigures)) {
                if (statement) continue;
                items.clear();
                for (int k = i - 1; k >= 0 && Labels.isTotal(rows.get(k).label()) && rows.get(k).hasFigures; k--) items.add(k);
                if (items.size() < 2) continue;
            }
            List<Integer> parts = sameSide(r.label(), rows, topLevel(rows, items, statement));
            if (parts.isEmpty()) continue;
            // A footnoted total ("Total nuclear decommissioning trusts (2)") is qualified by its
            // note (amounts outside the columns shown); a run whose indentation steps back out
            // holds an unlabelled subtotal ("Bundled gas revenues"). Neither is verified.
            if (!statement && (footnoted(r.label()) || stepsOut(rows, parts))) continue;
            List<Operand> ops = new ArrayList<>();
            for (int p : parts) ops.add(new Operand(Integer.toString(p), deductionSign(rows.get(p))));
            out.add(new Inferred("rows", i, ops, describe(r.label(), rows, parts)));
        }
    }

    private static final Set<String> HEADER_STOPWORDS = Set.of("cash", "flows", "flow", "from", "by", "in", "of", "the", "net",
            "total", "and", "arising", "provided", "used", "generated", "activities", "activity", "–", "-", "for");

    /**
     * In a statement, the section header a total closes: the nearest one above whose significant
     * words all appear in the total's label ("Operating activities:" for "Cash generated by
     * operating activities"), passing over nested headers without totals of their own
     * ("Adjustments to reconcile net income ...:"). -1 when none matches.
     */
    private static int matchingHeader(List<Row> rows, int total) {
        Set<String> words = words(rows.get(total).label());
        for (int j = total - 1; j >= 0; j--) {
            Row p = rows.get(j);
            if (Labels.isTotal(p.label())) return -1;
            if (p.hasFigures) continue;
            Set<String> hw = words(p.label());
            if (!hw.isEmpty() && words.containsAll(hw)) return j;
        }
        return -1;
    }

    private static Set<String> words(String label) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : Labels.strip(label).toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").split("\\s+")) {
            if (w.isEmpty() || HEADER_STOPWORDS.contains(w)) continue;
            out.add(w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    private static boolean footnoted(String label) {
        return label.trim().matches(".*\\S\\s*\\(\\d\\)$");
    }

    private static boolean stepsOut(List<Row> rows, List<Integer> parts) {
        for (int k = 1; k < parts.size(); k++) {
            Row a = rows.get(parts.get(k - 1));
            Row b = rows.get(parts.get(k));
            if (a.page == b.page && b.indent < a.indent - 1 && Labels.numberingLevel(b.label()) == 0) return true;
        }
        return false;
    }

    /** "Total current assets" is the current part of "Total assets". */
    private static boolean currentOf(String previous, String total) {
        String p = Labels.strip(previous).toLowerCase(Locale.ROOT);
        String t = Labels.strip(total).toLowerCase(Locale.ROOT);
        return t.matches("total (assets|liabilities)") && p.equals(t.replace("total ", "total current "));
    }

    /**
     * A liability total never includes an asset line ("Operating lease right-of-use assets" above
     * "Total operating lease liabilities"). Deferred tax tables are the exception: their assets and
     * liabilities are named after the balances that give rise to them.
     */
    private static List<Integer> sameSide(String total, List<Row> rows, List<Integer> parts) {
        String t = total.toLowerCase(Locale.ROOT);
        if (!t.contains("liabilit") || t.contains("asset") || t.contains("tax")) return parts;
        List<Integer> out = new ArrayList<>();
        for (int p : parts) {
            String l = Labels.strip(rows.get(p).label()).toLowerCase(Locale.ROOT);
            if (l.matches(".*\\bassets?$")) continue;
            out.add(p);
        }
        return out;
    }

    /** How many rows from {@code from} on sit deeper than {@code indent}, consecutively. */
    private static int deeperFollowers(List<Row> rows, int from, int indent) {
        int n = 0;
        for (int k = from; k < rows.size() && rows.get(k).indent > indent + 1; k++) if (rows.get(k).hasFigures) n++;
        return n;
    }

    private static boolean openFiguresAbove(List<Row> rows, int header) {
        for (int k = header - 1; k >= 0; k--) {
            Row p = rows.get(k);
            if (Labels.isTotal(p.label()) || Labels.strip(p.label()).toLowerCase().startsWith("net ")) return false;
            if (p.hasFigures) return true;
        }
        return false;
    }

    /**
     * Items of a run that add up to its total: sub-items ("Including:" and the rows indented under
     * it), rows indented under a shallower row on the same page ("Over 3 years" / "3 to 4 years"),
     * and rows numbered deeper than their siblings are left out. A lone number is a note reference
     * that leaked into the label ("35. Notes payable"), not a numbering level.
     */
    private static List<Integer> topLevel(List<Row> rows, List<Integer> items, boolean statement) {
        List<Integer> asc = new ArrayList<>(items);
        asc.sort(Integer::compare);
        List<Integer> kept = new ArrayList<>();
        int subIndent = -1;
        int parentIndent = -1;
        Row lastKept = null;
        int lastKeptIdx = -1;
        for (int idx : asc) {
            Row r = rows.get(idx);
            if (Labels.isSubItem(r.label())) {
                subIndent = r.indent;
                parentIndent = lastKept == null ? -1 : lastKept.indent;
                continue;
            }
            boolean numbered = Labels.numberingLevel(r.label()) > 0;
            if (subIndent >= 0 && r.indent > parentIndent && parentIndent >= 0 && !numbered) continue;
            subIndent = -1;
            int deeper = lastKept == null ? 0 : r.indent - lastKept.indent;
            // Statements show breakdowns with "Including:" or as sections; indentation there is style.
            if (!statement && !numbered && lastKept != null && lastKept.page == r.page && lastKept.hasFigures && deeper >= 2 && deeper <= 10
                    && (Labels.numberingLevel(lastKept.label()) > 0 || deeperFollowers(rows, lastKeptIdx + 1, lastKept.indent) >= 2)) {
                continue;
            }
            kept.add(idx);
            if (r.hasFigures) {
                lastKept = r;
                lastKeptIdx = idx;
            }
        }
        Map<Integer, Integer> perLevel = new HashMap<>();
        for (int idx : kept) {
            int lv = Labels.numberingLevel(rows.get(idx).label());
            if (lv > 0) perLevel.merge(lv, 1, Integer::sum);
        }
        int minLevel = Integer.MAX_VALUE;
        for (Map.Entry<Integer, Integer> e : perLevel.entrySet()) if (e.getValue() >= 2) minLevel = Math.min(minLevel, e.getKey());
        if (minLevel == Integer.MAX_VALUE) return kept;
        // Numbered siblings: keep the rows at the shallowest level; unnumbered rows before the first
        // numbered one stand beside them, unnumbered rows after one belong to it.
        List<Integer> result = new ArrayList<>();
        boolean seenNumbered = false;
        for (int idx : kept) {
            int lv = Labels.numberingLevel(rows.get(idx).label());
            if (lv == minLevel) {
                seenNumbered = true;
                result.add(idx);
            } else if (lv == 0 && !seenNumbered) {
                result.add(idx);
            }
        }
        return result;
    }

    /**
     * Movement schedules: ending = opening + the changes listed between them. Rows named as
     * increases add, rows named as decreases subtract (unless the filing already shows them
     * negative), other rows are signed changes as shown; rows numbered under an increase or
     * decrease itemise it and are summed into it instead.
     */
    private static void movements(Table t, List<Inferred> out) {
        List<Row> rows = t.rows;
        List<int[]> blockRows = new ArrayList<>(); // opening, ending of each completed schedule
        int opening = -1;
        int priorEnding = -1;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            RowRoles role = RowRoles.of(r.label());
            if (role == RowRoles.DATED_BALANCE) {
                // "Balance at December 31, 2017" ... "Balance at December 31, 2018": a roll-forward,
                // provided the second date is later (two tables one above the other repeat a date).
                if (opening >= 0 && laterDate(rows.get(opening).label(), r.label())) schedule(rows, opening, i, out);
                opening = i;
                continue;
            }
            if (role == RowRoles.OPENING) {
                if (priorEnding >= 0 && opening < 0 && i - priorEnding > 1 && noSectionBetween(rows, priorEnding, i)) {
                    restated(rows, priorEnding, i, out);
                }
                opening = i;
            } else if (role == RowRoles.ENDING) {
                if (opening >= 0) {
                    schedule(rows, opening, i, out);
                    blockRows.add(new int[]{opening, i});
                    opening = -1;
                    priorEnding = -1;
                } else {
                    priorEnding = i;
                }
            } else if (role == RowRoles.BOOK_VALUE_END || role == RowRoles.BOOK_VALUE_OPEN) {
                bookValue(rows, i, blockRows, role == RowRoles.BOOK_VALUE_END ? 1 : 0, out);
            }
        }
    }

    private static void schedule(List<Row> rows, int opening, int ending, List<Inferred> out) {
        List<Operand> ops = new ArrayList<>();
        ops.add(new Operand(Integer.toString(opening), 1));
        int parent = -1;
        int parentLevel = 0;
        List<Integer> items = new ArrayList<>();
        boolean netChange = false;
        int scheduleLevel = Labels.numberingLevel(rows.get(opening).label());
        for (int k = opening + 1; k < ending; k++) {
            Row r = rows.get(k);
            if (r.broken) return;
            int level = Labels.numberingLevel(r.label());
            RowRoles role = RowRoles.of(r.label());
            // In a numbered schedule ("1. Opening", "2. Amount increased") a row not numbered at
            // that level itemises the numbered change above it.
            boolean itemises = parentLevel > 0 ? level > parentLevel || level == 0 && scheduleLevel > 0 : false;
            if (parent >= 0 && itemises) {
                if (r.hasFigures) items.add(k);
                continue;
            }
            if (parent >= 0) subItems(rows, parent, items, "itemised changes", out);
            parent = -1;
            items = new ArrayList<>();
            if (Labels.isSubItem(r.label()) || !r.hasFigures && role == null) continue;
            if (netChange) return; // a net change row and other changes beside it: the layout is not understood
            if (role == RowRoles.NET_CHANGE) {
                ops.clear();
                ops.add(new Operand(Integer.toString(opening), 1));
                ops.add(new Operand(Integer.toString(k), 1));
                netChange = true;
                continue;
            }
            int sign = role == RowRoles.DECREASE && !allNegative(r) ? -1 : 1;
            if (r.hasFigures) ops.add(new Operand(Integer.toString(k), sign));
            if (role == RowRoles.INCREASE || role == RowRoles.DECREASE) {
                parent = k;
                parentLevel = level;
            }
        }
        if (parent >= 0) subItems(rows, parent, items, "itemised changes", out);
        if (ops.size() > 1) out.add(new Inferred("rows", ending, ops, "ending balance = opening balance + changes"));
    }

    private static boolean laterDate(String from, String to) {
        java.time.LocalDate a = io.tickmark.normalize.Periods.dateIn(from.toLowerCase(Locale.ROOT).replace(',', ' ').replaceAll("\\s+", " "));
        java.time.LocalDate b = io.tickmark.normalize.Periods.dateIn(to.toLowerCase(Locale.ROOT).replace(',', ' ').replaceAll("\\s+", " "));
        return a != null && b != null && b.isAfter(a);
    }

    private static boolean allNegative(Row r) {
        boolean any = false;
        for (Row.Cell c : r.cells) {
            if (c == null) continue;
            if (c.value().signum() > 0) return false;
            if (c.value().signum() < 0) any = true;
        }
        return any;
    }

    private static boolean noSectionBetween(List<Row> rows, int from, int to) {
        for (int k = from + 1; k < to; k++) if (Labels.numberingLevel(rows.get(k).label()) == 1) return false;
        return true;
    }

    /** Opening balance = the prior period's ending balance + the restatements listed between them. */
    private static void restated(List<Row> rows, int priorEnding, int opening, List<Inferred> out) {
        List<Operand> ops = new ArrayList<>();
        ops.add(new Operand(Integer.toString(priorEnding), 1));
        for (int k = priorEnding + 1; k < opening; k++) if (rows.get(k).hasFigures) ops.add(new Operand(Integer.toString(k), 1));
        out.add(new Inferred("rows", opening, ops, "opening balance = prior ending balance + restatements"));
    }

    /**
     * Numbered groups: a row numbered "(II)" followed by rows numbered "1", "2"... (or "III." by
     * "(I)", "(II)"...) is the sum of them, as CAS statements present their breakdowns.
     */
    private static void numberedGroups(Table t, Set<Integer> skip, List<Inferred> out) {
        List<Row> rows = t.rows;
        for (int i = 0; i < rows.size(); i++) {
            Row p = rows.get(i);
            int level = Labels.numberingLevel(p.label());
            if (skip.contains(i) || !p.hasFigures || level < 1 || level > 3 || Labels.isSectionHeader(p.label())) continue;
            RowRoles role = RowRoles.of(p.label());
            if (role == RowRoles.OPENING || role == RowRoles.ENDING) continue;
            List<Operand> ops = new ArrayList<>();
            int j = i + 1;
            boolean broken = false;
            while (j < rows.size()) {
                int lv = Labels.numberingLevel(rows.get(j).label());
                if (lv != 0 && lv <= level) break;
                if (rows.get(j).broken) broken = true;
                if (lv == level + 1 && rows.get(j).hasFigures) ops.add(new Operand(Integer.toString(j), 1));
                j++;
            }
            if (broken) continue;
            if (!ops.isEmpty()) out.add(new Inferred("rows", i, ops, Labels.strip(p.label()) + " = sum of its numbered items"));
        }
    }

    private static void subItems(List<Row> rows, int parent, List<Integer> items, String what, List<Inferred> out) {
        if (parent < 0 || items.isEmpty()) return;
        List<Operand> ops = new ArrayList<>();
        for (int i : items) ops.add(new Operand(Integer.toString(i), 1));
        out.add(new Inferred("rows", parent, ops, what + " = sum of their itemised lines"));
    }

    /** Book value = cost block less the blocks after it (accumulated depreciation, impairment). */
    private static void bookValue(List<Row> rows, int row, List<int[]> blocks, int which, List<Inferred> out) {
        if (blocks.size() < 2) return;
        List<int[]> last = blocks.subList(Math.max(0, blocks.size() - 3), blocks.size());
        List<Operand> ops = new ArrayList<>();
        for (int b = 0; b < last.size(); b++) ops.add(new Operand(Integer.toString(last.get(b)[which]), b == 0 ? 1 : -1));
        out.add(new Inferred("rows", row, ops, "book value = cost - accumulated depreciation - impairment"));
    }

    private static void columnTotals(Table t, List<Inferred> out) {
        List<String> cols = t.columnLabels;
        columnMovement(cols, out);
        for (int c = 1; c < cols.size(); c++) {
            // A "Total" column sums the columns before it only when it closes the table and the
            // columns before it are components, not periods or other column groups.
            if (c != cols.size() - 1 || hasPeriodColumn(cols.subList(0, c)) || fairValueLevels(cols)) continue;
            String h = cols.get(c).toLowerCase(Locale.ROOT).replaceAll("[\\s’']", "");
            if (!(h.equals("total") || h.equals("sub-total") || h.equals("subtotal") || h.startsWith("totalowner")
                    || h.startsWith("totalequity") || h.startsWith("totalshareholder"))) continue;
            List<Operand> ops = new ArrayList<>();
            for (int p = 0; p < c; p++) {
                String ph = cols.get(p).toLowerCase(Locale.ROOT);
                if (ph.contains("%") || ph.contains("proportion") || ph.contains("ratio") || ph.contains("percent")) return;
                if (ph.contains("total")) {
                    // A group's "Total" closes that group; a "Sub-total" is carried into the next total.
                    ops.clear();
                    if (!ph.replace(" ", "").matches("sub-?total.*")) continue;
                }
                ops.add(new Operand(Integer.toString(p), ph.startsWith("less") ? -1 : 1));
            }
            if (ops.size() >= 2) out.add(new Inferred("columns", c, ops, cols.get(c) + " column = sum of the columns before it"));
        }
    }

    /**
     * Movement columns: opening + increases - decreases = ending. A group caption ("Amount
     * increased in the period") lands on one of the columns it spans, so an uncaptioned column
     * takes the sign of the group it sits in: increases until the first decrease column, then
     * decreases.
     */
    private static void columnMovement(List<String> cols, List<Inferred> out) {
        int opening = -1;
        int ending = -1;
        for (int c = 0; c < cols.size(); c++) {
            RowRoles r = RowRoles.ofColumn(cols.get(c));
            if (r == RowRoles.OPENING && opening < 0) opening = c;
            if (r == RowRoles.ENDING && opening >= 0) ending = c;
        }
        if (opening < 0 || ending <= opening + 1) return;
        List<Operand> ops = new ArrayList<>();
        ops.add(new Operand(Integer.toString(opening), 1));
        int groupSign = 0;
        for (int c = opening + 1; c < ending; c++) {
            RowRoles r = RowRoles.ofColumn(cols.get(c));
            int group = RowRoles.groupSignOfColumn(cols.get(c));
            if (group != 0) groupSign = group;
            int sign = r == RowRoles.INCREASE ? 1 : r == RowRoles.DECREASE ? -1 : groupSign;
            if (sign == 0) return; // a column whose direction nothing states: no relation
            ops.add(new Operand(Integer.toString(c), sign));
        }
        out.add(new Inferred("columns", ending, ops, "ending = opening + increases - decreases (columns)"));
    }

    /**
     * Fair value hierarchy tables (Level 1, 2, 3): the total also holds investments measured at
     * net asset value and netting, which sit outside the levels (ASC 820), so the levels do not add up to it.
     */
    private static boolean fairValueLevels(List<String> cols) {
        for (String h : cols) if (h.toLowerCase(Locale.ROOT).matches(".*\\b(level [123]|netting|nav)\\b.*")) return true;
        return false;
    }

    private static boolean hasPeriodColumn(List<String> cols) {
        for (String h : cols) if (h.matches(".*\\b(19|20)\\d\\d\\b.*") || h.toLowerCase(Locale.ROOT).matches(".*\\b(period|year|balance|ended|as of)\\b.*")) return true;
        return false;
    }

    /**
     * "Less:" rows are subtracted, unless the filing already shows them negative (then the sign is
     * in the figure, and subtracting again would count it twice).
     */
    private static int deductionSign(Row r) {
        if (!Labels.isDeduction(r.label())) return 1;
        boolean anyPositive = false;
        boolean anyFigure = false;
        for (Row.Cell c : r.cells) {
            if (c == null) continue;
            anyFigure = true;
            if (c.value().signum() > 0) anyPositive = true;
        }
        return anyFigure && !anyPositive ? 1 : -1;
    }

    private static String describe(String total, List<Row> rows, List<Integer> parts) {
        StringBuilder s = new StringBuilder(total).append(" = ");
        for (int k = 0; k < parts.size(); k++) {
            Row p = rows.get(parts.get(k));
            if (k > 0) s.append(Labels.isDeduction(p.label()) ? " - " : " + ");
            String l = Labels.strip(p.label());
            s.append(l.length() > 40 ? l.substring(0, 40) + "…" : l);
            if (s.length() > 220) { s.append(" …"); break; }
        }
        return s.toString();
    }
}

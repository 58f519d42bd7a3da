package io.tickmark.extract.table;

import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
import io.tickmark.extract.table.StructureInference.Inferred;
import io.tickmark.facts.Operand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Movement schedules (opening + changes = ending, itemised changes, restatements, book value) and
 * numbered groups ("(II)" summing its "1", "2" items), read from row roles and numbering.
 */
final class MovementSchedules {
    private MovementSchedules() {}

    /**
     * Movement schedules: ending = opening + the changes listed between them. Rows named as
     * increases add, rows named as decreases subtract (unless the filing already shows them
     * negative), other rows are signed changes as shown; rows numbered under an increase or
     * decrease itemise it and are summed into it instead.
     */
    static void movements(Table t, List<Inferred> out) {
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
        if (ops.size() <= 1) return;
        // A change line that sums others above it ("Total other comprehensive income", "Comprehensive
        // income", a ruled line) is either one more change or the subtotal of the lines before it:
        // the layout allows both readings, so both are stated and the rules take the one that foots.
        List<Operand> withoutSubtotals = new ArrayList<>();
        int changesAbove = 0;
        for (Operand o : ops) {
            int k = Integer.parseInt(o.getKey());
            if (k == opening || changesAbove < 2 || !subtotalOfChanges(rows.get(k))) withoutSubtotals.add(o);
            if (k != opening) changesAbove++;
        }
        List<List<Operand>> readings = new ArrayList<>();
        List<String> what = new ArrayList<>();
        readings.add(ops);
        what.add("ending balance = opening balance + changes");
        if (withoutSubtotals.size() != ops.size() && withoutSubtotals.size() >= 2) {
            readings.add(withoutSubtotals);
            what.add("ending balance = opening balance + changes (subtotal lines left out)");
        }
        // Lines named as periods between two balances ("April 1, 2023 through April 30, 2023") are
        // the changes of each period, or the balance at the end of each: then the ending balance
        // is the last period's.
        if (ops.size() >= 3 && ops.subList(1, ops.size()).stream().allMatch(o -> periodLine(rows.get(Integer.parseInt(o.getKey())).label()))) {
            readings.add(List.of(new Operand(ops.get(ops.size() - 1).getKey(), 1)));
            what.add("ending balance = balance at the end of the last period");
        }
        String group = readings.size() > 1 ? "movement" : null;
        for (int k = 0; k < readings.size(); k++) out.add(new Inferred("rows", ending, readings.get(k), what.get(k), group));
    }

    /** A month's name, whole or cut short ("Sept.", "December"), in lower case: shared by the table package's period captions. */
    static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

    /** A line named as a period: "April 1, 2023 through April 30, 2023", "Oct. 31, 2021 - Nov. 27, 2021". */
    static boolean periodLine(String label) {
        String l = Labels.strip(label).toLowerCase(Locale.ROOT);
        return l.matches("^(month \\S+ \\(?)?" + MONTH + " \\d{1,2},?( (19|20)\\d\\d)? ?(through|to|until|-|–|—) ?(" + MONTH + " )?\\d{1,2},?( (19|20)\\d\\d)?\\)?( \\(\\d\\))?$");
    }

    /** A change line that may total the change lines above it. */
    private static boolean subtotalOfChanges(Row r) {
        String l = Labels.strip(r.label()).toLowerCase(Locale.ROOT);
        return Labels.isTotal(r.label()) || r.ruledAbove
                || Regex.matches(l, "^(total )?comprehensive (income|loss|\\(loss\\)|earnings).*|^net (current[- ]period |current[- ]year )?other comprehensive.*|^other comprehensive (income|loss|\\(loss\\)|earnings)( \\(loss\\))?(,? net of (tax|income tax).*)?$");
    }

    private static boolean laterDate(String from, String to) {
        java.time.LocalDate a = io.tickmark.normalize.Periods.dateIn(Spaces.collapse(from.toLowerCase(Locale.ROOT).replace(',', ' ')));
        java.time.LocalDate b = io.tickmark.normalize.Periods.dateIn(Spaces.collapse(to.toLowerCase(Locale.ROOT).replace(',', ' ')));
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
    static void numberedGroups(Table t, Set<Integer> skip, List<Inferred> out) {
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
}

package io.tickmark.extract.table;

import io.tickmark.util.Regex;
import io.tickmark.extract.table.StructureInference.Inferred;
import io.tickmark.facts.Operand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Relations across columns: a closing "Total" column, and opening + increases - decreases = ending columns. */
final class ColumnRelations {
    private ColumnRelations() {}

    static void columnTotals(Table t, List<Inferred> out) {
        List<String> cols = t.columnLabels;
        columnMovement(cols, out);
        for (int c = 1; c < cols.size(); c++) {
            // A "Total" column sums the columns before it only when it closes the table and the
            // columns before it are components, not periods or other column groups.
            if (c != cols.size() - 1 || hasPeriodColumn(cols.subList(0, c)) || fairValueLevels(cols)) continue;
            String h = Regex.replaceAll(cols.get(c).toLowerCase(Locale.ROOT), "[\\s’']", "");
            if (!(h.equals("total") || h.equals("sub-total") || h.equals("subtotal") || h.startsWith("totalowner")
                    || h.startsWith("totalequity") || h.startsWith("totalshareholder"))) continue;
            List<Operand> ops = new ArrayList<>();
            // An equity subtotal column without the word "total" ("Shareholders' equity" before
            // "Noncontrolling interests" and "Total equity"): the total sums it and the columns after
            // it, or, if it is a component, every column; both readings are stated.
            List<Operand> fromSubtotal = null;
            for (int p = 0; p < c; p++) {
                String ph = cols.get(p).toLowerCase(Locale.ROOT);
                if (ph.contains("%") || ph.contains("proportion") || ph.contains("ratio") || ph.contains("percent")) return;
                if (ph.contains("total")) {
                    // A group's "Total" closes that group; a "Sub-total" is carried into the next total.
                    ops.clear();
                    fromSubtotal = null;
                    if (!Regex.matches(ph.replace(" ", ""), "sub-?total.*")) continue;
                }
                Operand o = new Operand(Integer.toString(p), ph.startsWith("less") ? -1 : 1);
                if (p > 0 && equitySubtotal(ph)) fromSubtotal = new ArrayList<>();
                if (fromSubtotal != null) fromSubtotal.add(o);
                ops.add(o);
            }
            String d = cols.get(c) + " column = sum of the columns before it";
            List<Operand> amounts = withoutShareCounts(cols, ops);
            if (fromSubtotal == null && amounts.size() >= 2 && amounts.size() < ops.size()) {
                // "Common Shares" beside "Common Stock" is the number of shares in issue, not an
                // amount, in US statements; in others ("Common shares", "Preferred shares") it is
                // the share capital itself. The header does not say which: both readings are stated.
                out.add(new Inferred("columns", c, ops, d, "shares"));
                out.add(new Inferred("columns", c, amounts, cols.get(c) + " column = sum of the amount columns before it", "shares"));
            } else if (fromSubtotal != null && fromSubtotal.size() >= 2 && fromSubtotal.size() < ops.size()) {
                out.add(new Inferred("columns", c, ops, d, "subtotal"));
                out.add(new Inferred("columns", c, fromSubtotal, cols.get(c) + " column = " + cols.get(Integer.parseInt(fromSubtotal.get(0).getKey()))
                        + " and the columns after it", "subtotal"));
            } else if (ops.size() >= 2) {
                out.add(new Inferred("columns", c, ops, d));
            }
        }
    }

    /** The operands without the columns whose header may name a number of shares rather than an amount. */
    private static List<Operand> withoutShareCounts(List<String> cols, List<Operand> ops) {
        List<Operand> out = new ArrayList<>();
        for (Operand o : ops) if (!NonAdditive.mayBeCountColumn(cols.get(Integer.parseInt(o.getKey())))) out.add(o);
        return out;
    }

    /** A column of the parent's shareholders' equity (a subtotal of the components before it). */
    private static boolean equitySubtotal(String header) {
        String h = Regex.replaceAll(header, "\\s*-\\s+|\\s+-\\s*", "").replace('’', '\'');
        return Regex.matches(h, ".*\\b(shareholders|stockholders|owners|shareowners)'? ?(equity|investment|deficit)\\b.*|.*\\battributable to\\b.*(shareholders|stockholders|owners|parent|company).*")
                && !Regex.matches(h, ".*\\bnon-?\\s?controlling\\b.*");
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
        for (String h : cols) if (Regex.matches(h.toLowerCase(Locale.ROOT), ".*\\b(level [123]|netting|nav)\\b.*")) return true;
        return false;
    }

    private static boolean hasPeriodColumn(List<String> cols) {
        for (String h : cols) if (Regex.matches(h, ".*\\b(19|20)\\d\\d\\b.*") || Regex.matches(h.toLowerCase(Locale.ROOT), ".*\\b(period|year|balance|ended|as of)\\b.*")) return true;
        return false;
    }
}

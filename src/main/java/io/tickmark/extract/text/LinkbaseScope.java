package io.tickmark.extract.text;

import io.tickmark.extract.table.Labels;
import io.tickmark.extract.table.Row;
import io.tickmark.extract.table.StructureInference;
import io.tickmark.facts.Operand;
import io.tickmark.facts.Relation;
import io.tickmark.normalize.Linkbase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a linkbase relation applies in a statement. A calculation written as "income before tax =
 * operating income + other income" holds only in a statement whose lines between those rows are
 * exactly its parts (or lines that make up a part: a section summed by a subtotal, items under
 * "Including:"). A statement that shows another line among them (interest expense) is laid out
 * differently, and the calculation is not verified there rather than failed.
 */
final class LinkbaseScope {
    private LinkbaseScope() {}

    static List<Relation> applicable(String document, String table, List<Row> rows, Map<Integer, String> conceptOfRow,
                                     List<Linkbase.Calculation> calcs, List<StructureInference.Inferred> layout) {
        Map<String, List<Integer>> rowsOfConcept = new HashMap<>();
        for (Map.Entry<Integer, String> e : conceptOfRow.entrySet()) {
            rowsOfConcept.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        // children of a row: the parts of any relation (layout, or linkbase) totalled on it
        Map<Integer, Set<Integer>> children = new HashMap<>();
        for (StructureInference.Inferred i : layout) {
            if (!i.kind().equals("rows")) continue;
            for (Operand o : i.parts()) children.computeIfAbsent(i.total(), k -> new HashSet<>()).add(Integer.parseInt(o.getKey()));
        }
        for (Linkbase.Calculation c : calcs) {
            for (int t : rowsOfConcept.getOrDefault(c.total(), List.of())) {
                for (Linkbase.Arc a : c.parts()) {
                    for (int p : rowsOfConcept.getOrDefault(a.concept(), List.of())) children.computeIfAbsent(t, k -> new HashSet<>()).add(p);
                }
            }
        }
        Set<Integer> subItems = subItems(rows);
        List<Relation> out = new ArrayList<>();
        for (Linkbase.Calculation c : calcs) {
            List<Integer> totals = rowsOfConcept.getOrDefault(c.total(), List.of());
            if (totals.size() != 1) continue;
            int total = totals.get(0);
            Set<Integer> parts = new HashSet<>();
            boolean missing = false;
            for (Linkbase.Arc a : c.parts()) {
                List<Integer> rs = rowsOfConcept.getOrDefault(a.concept(), List.of());
                if (rs.size() > 1) missing = true; // the same line twice: ambiguous
                if (rs.isEmpty() && !a.optional()) missing = true;
                parts.addAll(rs);
            }
            if (missing || parts.isEmpty()) continue;
            Set<Integer> covered = new HashSet<>(parts);
            for (int p : parts) descend(p, children, covered);
            descend(total, children, covered); // another breakdown of the same total sits beside this one
            int lo = total;
            int hi = total;
            for (int p : parts) {
                lo = Math.min(lo, p);
                hi = Math.max(hi, p);
            }
            // An equation of two lines ("total assets = total liabilities and equity") holds wherever
            // both stand, whatever lies between them; a sum holds only over its own lines.
            boolean contiguous = true;
            for (int r = lo + 1; r < hi && c.parts().size() > 1; r++) {
                if (r == total || !rows.get(r).hasFigures() || covered.contains(r) || subItems.contains(r)) continue;
                contiguous = false;
            }
            if (!contiguous) continue;
            // A deducted line the statement prints negative ("Provision for income taxes (564)") is
            // either subtracted as a positive amount shown in brackets by convention, or a benefit
            // to be subtracted as shown: both readings are stated and the rules take the one that
            // foots (a provision subtracted twice is never the only reading).
            List<Operand> ops = new ArrayList<>();
            for (Operand o : Linkbase.operands(c)) {
                // a line whose figures the statement shows but that were not read: required, so that
                // the calculation is incomplete where its figure is missing
                boolean unread = rowsOfConcept.getOrDefault(o.getKey(), List.of()).stream().anyMatch(r -> rows.get(r).hasUnreadCells());
                ops.add(unread && !o.isRequired() ? new Operand(o.getKey(), o.getWeight(), true) : o);
            }
            List<Operand> asShown = new ArrayList<>();
            boolean flipped = false;
            for (Operand o : ops) {
                boolean negative = o.getWeight() < 0 && printedNegative(rows, rowsOfConcept.getOrDefault(o.getKey(), List.of()));
                asShown.add(negative ? new Operand(o.getKey(), 1, o.isRequired()) : o);
                flipped |= negative;
            }
            String id = table + ":linkbase:" + c.id();
            if (!flipped) {
                out.add(new Relation(id, "concepts", document, table, c.total(), ops, "linkbase " + c.id(), c.description()));
            } else {
                out.add(new Relation(id, "concepts", document, table, c.total(), ops, "linkbase " + c.id(), c.description(), id, 2));
                out.add(new Relation(id + ":as-shown", "concepts", document, table, c.total(), asShown, "linkbase " + c.id(),
                        c.description() + " (deductions printed negative added as shown)", id, 2));
            }
        }
        return out;
    }

    /** Every figure of the rows is zero or negative, and one is negative: the statement prints the line in brackets. */
    private static boolean printedNegative(List<Row> rows, List<Integer> rowIdx) {
        boolean any = false;
        for (int r : rowIdx) {
            for (Row.Cell cell : rows.get(r).cells()) {
                if (cell == null) continue;
                if (cell.value().signum() > 0) return false;
                if (cell.value().signum() < 0) any = true;
            }
        }
        return any;
    }

    private static void descend(int row, Map<Integer, Set<Integer>> children, Set<Integer> covered) {
        for (int c : children.getOrDefault(row, Set.of())) {
            if (covered.add(c)) descend(c, children, covered);
        }
    }

    /** Rows under "Including:" / "Where:" and the rows indented beneath them. */
    private static Set<Integer> subItems(List<Row> rows) {
        Set<Integer> out = new HashSet<>();
        int parentIndent = -1;
        boolean inBlock = false;
        int lastIndent = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (Labels.isSubItem(r.label())) {
                out.add(i);
                if (!inBlock) parentIndent = lastIndent;
                inBlock = true;
                continue;
            }
            if (inBlock && r.indent() > parentIndent && Labels.numberingLevel(r.label()) == 0) {
                out.add(i);
                continue;
            }
            inBlock = false;
            lastIndent = r.indent();
        }
        return out;
    }
}

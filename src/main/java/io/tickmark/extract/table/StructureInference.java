package io.tickmark.extract.table;

import io.tickmark.facts.Operand;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * An inferred relation: rows (or columns) by index with weights. Readings of one total that the
     * layout leaves open carry the same {@code group} name (null: the only reading).
     */
    public record Inferred(String kind, int total, List<Operand> parts, String description, String group) {
        public Inferred(String kind, int total, List<Operand> parts, String description) {
            this(kind, total, parts, description, null);
        }
    }

    private StructureInference() {}

    /**
     * @param skipTotals rows whose total the concept linkbase already covers (by row index)
     */
    public static List<Inferred> infer(Table t, Set<Integer> skipTotals, boolean statement) {
        return infer(t, skipTotals, statement, false);
    }

    /** @param running profit statements: ruled subtotals carry the previous subtotal forward */
    public static List<Inferred> infer(Table t, Set<Integer> skipTotals, boolean statement, boolean running) {
        return infer(t, skipTotals, Set.of(), statement, running);
    }

    /**
     * @param unlinked among {@code skipTotals}, the totals no linkbase relation turned out to cover (a
     *                 balance sheet without a line for non-current assets has none for "Total assets"):
     *                 their sections are read from the layout after all; they still close the
     *                 sections of the totals below them, as the linkbase's totals do
     */
    public static List<Inferred> infer(Table t, Set<Integer> skipTotals, Set<Integer> unlinked, boolean statement, boolean running) {
        List<Inferred> out = new ArrayList<>();
        SectionTotals.sectionTotals(t, skipTotals, unlinked, statement, running, out);
        if (statement && running) ProfitChain.results(t, skipTotals, unlinked, List.copyOf(out), out);
        MovementSchedules.movements(t, out);
        MovementSchedules.numberedGroups(t, skipTotals, out);
        ColumnRelations.columnTotals(t, out);
        return dedupe(withoutBrokenRows(t, ContainedRows.without(t, NonAdditive.without(t, out))));
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

    /**
     * One relation per total and set of parts, whichever cue found it first. A reading that an
     * unambiguous relation already states is dropped from its group.
     */
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
}

package io.tickmark.report;

import io.tickmark.facts.Check;
import io.tickmark.facts.TableInfo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks and rows read per table, for the breakdown by statement and note. */
public final class Coverage {
    /**
     * Tally of one table. {@code unverified}: totals the figures did not settle (several readings of
     * the layout, or one the table never confirms), counted in {@code run} but neither passed nor failed.
     */
    public record Line(TableInfo table, int run, int passed, int failed, int unverified) {}

    private Coverage() {}

    public static List<Line> lines(DocumentReport d) {
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (TableInfo t : d.extraction().tables()) tally.put(t.getId(), new int[4]);
        for (Check c : d.checks()) {
            String table = c.getEvidence().isEmpty() ? null : c.getEvidence().get(0).getTable();
            int[] n = tally.get(table);
            if (n == null) continue;
            n[0]++;
            if (c.isPassed()) n[1]++;
            else if ("failed".equals(c.getOutcome())) n[2]++;
            else if ("unverified".equals(c.getOutcome())) n[3]++;
        }
        return d.extraction().tables().stream().map(t -> {
            int[] n = tally.get(t.getId());
            return new Line(t, n[0], n[1], n[2], n[3]);
        }).toList();
    }
}

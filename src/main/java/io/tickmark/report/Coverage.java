package io.tickmark.report;

import io.tickmark.facts.Check;
import io.tickmark.facts.TableInfo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks and rows read per table, for the breakdown by statement and note. */
public final class Coverage {
    /** Tally of one table. */
    public record Line(TableInfo table, int run, int passed, int failed) {}

    private Coverage() {}

    public static List<Line> lines(DocumentReport d) {
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (TableInfo t : d.extraction().tables()) tally.put(t.getId(), new int[3]);
        for (Check c : d.checks()) {
            String table = c.getEvidence().isEmpty() ? null : c.getEvidence().get(0).getTable();
            int[] n = tally.get(table);
            if (n == null) continue;
            n[0]++;
            if (c.isPassed()) n[1]++;
            else if ("failed".equals(c.getOutcome())) n[2]++;
        }
        return d.extraction().tables().stream().map(t -> {
            int[] n = tally.get(t.getId());
            return new Line(t, n[0], n[1], n[2]);
        }).toList();
    }
}

package io.tickmark.facts;

import java.util.List;
import java.util.Map;

/** {@link Check}s for the disclosure pack: a tick mark for a disclosure looked for or a share recomputed. */
public final class Checks {
    private Checks() {}

    public static Check of(Map<String, Object> meta, String document, String key, String outcome, SourceRef where,
                           String expected, String actual) {
        return new Check(String.valueOf(meta.get("id")), document, key, outcome, where == null ? "" : where.describe(),
                expected, actual, List.of());
    }

    public static Check of(Map<String, Object> meta, ShareSum s, String outcome) {
        return new Check(String.valueOf(meta.get("id")), s.getDocument(), s.getKey(), outcome,
                s.getTotal().getTable() + " " + s.getTotal().getSource().describe(), s.getTotal().getValue().toPlainString(),
                s.getSum().toPlainString(), List.of());
    }

    public static Check of(Map<String, Object> meta, ShareRecalc r, String outcome) {
        return new Check(String.valueOf(meta.get("id")), r.getDocument(), r.getKey(), outcome,
                r.getShare().getTable() + " " + r.getShare().getSource().describe(), r.getShare().getValue().toPlainString(),
                r.getRecomputed().stripTrailingZeros().toPlainString(), r.getEvidence());
    }
}

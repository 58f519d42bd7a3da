package io.tickmark.facts;

import java.util.List;
import java.util.Map;

/**
 * One verification the engine performed, the auditor's tick mark: which rule, on which figures,
 * with what outcome ({@code passed}, {@code failed} or {@code rounding}).
 */
public final class Check {
    private final String ruleId;
    private final String document;
    private final String key;
    private final String outcome;
    private final String where;
    private final String expected;
    private final String actual;
    private final List<Figure> evidence;

    public Check(String ruleId, String document, String key, String outcome, String where, String expected,
                 String actual, List<Figure> evidence) {
        this.ruleId = ruleId;
        this.document = document;
        this.key = key;
        this.outcome = outcome;
        this.where = where;
        this.expected = expected;
        this.actual = actual;
        this.evidence = List.copyOf(evidence);
    }

    /** Builds a check from a footing; {@code meta} is the firing rule's metadata. */
    public static Check of(Map<String, Object> meta, Footing f, String outcome) {
        return new Check(String.valueOf(meta.get("id")), f.getDocument(), f.getKey(), outcome,
                f.getTotal().getTable(), f.getTotal().getAmount().toPlainString(), f.getSum().toPlainString(),
                f.getEvidence());
    }

    public static Check of(Map<String, Object> meta, TieOut t, String outcome) {
        return new Check(String.valueOf(meta.get("id")), t.getDocument(), t.getKey(), outcome,
                t.getFirst().getTable() + " ~ " + t.getSecond().getTable(), t.getFirst().getAmount().toPlainString(),
                t.getSecond().getAmount().toPlainString(), t.getEvidence());
    }

    public String getRuleId() { return ruleId; }
    public String getDocument() { return document; }
    public String getKey() { return key; }
    public String getOutcome() { return outcome; }
    public String getWhere() { return where; }
    public String getExpected() { return expected; }
    public String getActual() { return actual; }
    public List<Figure> getEvidence() { return evidence; }
    public boolean isPassed() { return "passed".equals(outcome); }
}

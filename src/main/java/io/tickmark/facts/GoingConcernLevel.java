package io.tickmark.facts;

/**
 * The level the going-concern policy gives a document (error, warning, note), why, and the verdict
 * a report prints for it: {@code doubt stated by management or auditor}, {@code significant doubt
 * indicated} (error from the indicators) or {@code indicators noted} (warning, note).
 */
public final class GoingConcernLevel {
    public static final String DOUBT_STATED = "doubt stated by management or auditor";
    public static final String SIGNIFICANT_DOUBT = "significant doubt indicated";
    public static final String INDICATORS_NOTED = "indicators noted";
    public static final String NONE = "none";

    private final String document;
    private final String level;
    private final String reason;
    private final String verdict;

    public GoingConcernLevel(String document, String level, String reason) {
        this(document, level, reason, "error".equals(level) ? SIGNIFICANT_DOUBT : INDICATORS_NOTED);
    }

    public GoingConcernLevel(String document, String level, String reason, String verdict) {
        this.document = document;
        this.level = level;
        this.reason = reason;
        this.verdict = verdict;
    }

    public String getDocument() { return document; }
    public String getLevel() { return level; }
    public String getReason() { return reason; }
    public String getVerdict() { return verdict; }

    /** Verdicts from the strongest down. */
    public static int rank(String verdict) {
        return switch (verdict) {
            case DOUBT_STATED -> 0;
            case SIGNIFICANT_DOUBT -> 1;
            case INDICATORS_NOTED -> 2;
            default -> 3;
        };
    }

    @Override public String toString() { return "GoingConcernLevel[" + level + ": " + reason + "]"; }
}

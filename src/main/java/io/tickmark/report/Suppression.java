package io.tickmark.report;

/**
 * Why a finding does not gate the run: it was in the baseline (known when the baseline was made) or
 * it is waived in the filing's config (a reviewed exception, with who accepted it and why). Reports
 * still show it, marked; SARIF carries it as a suppression, JUnit as a skipped test case.
 */
public record Suppression(Kind kind, String reason, String by) {

    /** Where the acceptance comes from. */
    public enum Kind {
        BASELINE("baseline"), WAIVER("waived");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    public Suppression {
        reason = reason == null ? "" : reason.trim();
        by = by == null ? "" : by.trim();
    }

    /** One line for people: {@code baseline: known when the baseline was made} or {@code waived by J. Doe: ...}. */
    public String describe() {
        String who = by.isEmpty() ? "" : " by " + by;
        return kind.label + who + (reason.isEmpty() ? "" : ": " + reason);
    }
}

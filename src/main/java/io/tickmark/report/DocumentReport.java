package io.tickmark.report;

import io.tickmark.extract.Extraction;
import io.tickmark.facts.Check;
import io.tickmark.facts.Finding;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One document's outcome: what was extracted, the checks performed and the findings raised, in
 * report order, with each finding's fingerprint (unique within the document).
 */
public record DocumentReport(Extraction extraction, List<Check> checks, List<Finding> findings,
                             Map<Finding, String> fingerprints) {

    public DocumentReport {
        checks = checks.stream().sorted(CHECK_ORDER).toList();
        findings = findings.stream().sorted(Findings.ORDER).toList();
        fingerprints = Findings.fingerprints(findings);
    }

    /**
     * A total order of checks: by rule and key, then by what tells two alike apart (outcome, position,
     * the figures and figures compared), so that no report keeps the engine's order.
     */
    static final Comparator<Check> CHECK_ORDER = Comparator.comparing(Check::getRuleId)
            .thenComparing(Check::getKey, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Check::getOutcome, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Check::getWhere, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing((Check c) -> Findings.evidenceKey(c.getEvidence()))
            .thenComparing(Check::getExpected, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Check::getActual, Comparator.nullsFirst(Comparator.naturalOrder()));

    public DocumentReport(Extraction extraction, List<Check> checks, List<Finding> findings) {
        this(extraction, checks, findings, Map.of());
    }

    /** Facts read from the document: figures and other extractors' facts (the run's profile is not one). */
    public int factCount() {
        return extraction.figures().size()
                + (int) extraction.otherFacts().stream().filter(o -> !(o instanceof io.tickmark.facts.Profile)).count();
    }

    public long passed() { return checks.stream().filter(Check::isPassed).count(); }

    /** The finding's fingerprint within this document. */
    public String fingerprint(Finding f) {
        String fp = fingerprints.get(f);
        return fp != null ? fp : Findings.fingerprint(f);
    }

    public String path() { return extraction.document().getPath(); }
}

package io.tickmark.report;

import io.tickmark.extract.Extraction;
import io.tickmark.facts.Check;
import io.tickmark.facts.Finding;

import java.util.Comparator;
import java.util.List;

/** One document's outcome: what was extracted, the checks performed and the findings raised. */
public record DocumentReport(Extraction extraction, List<Check> checks, List<Finding> findings) {

    public DocumentReport {
        checks = checks.stream().sorted(Comparator.comparing(Check::getRuleId).thenComparing(Check::getKey)
                .thenComparing(Check::getOutcome)).toList();
        findings = findings.stream().sorted(Findings.ORDER).toList();
    }

    public long passed() { return checks.stream().filter(Check::isPassed).count(); }
}

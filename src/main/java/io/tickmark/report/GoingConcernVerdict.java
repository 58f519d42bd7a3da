package io.tickmark.report;

import io.tickmark.facts.Check;
import io.tickmark.facts.Finding;
import io.tickmark.facts.GoingConcernLevel;
import io.tickmark.facts.GoingConcernReport;

import java.util.Optional;

/**
 * The one-line going-concern verdict of a document, as the rules gave it: none / indicators noted /
 * significant doubt indicated / doubt stated by management or auditor, with the reason. Read from
 * the assessment finding (GC-100, GC-101, GC-102) or the passed check (GC-103); absent when the
 * going-concern pack did not run.
 */
public record GoingConcernVerdict(String verdict, String reason) {

    public static Optional<GoingConcernVerdict> of(DocumentReport d) {
        for (Finding f : d.findings()) {
            if (!f.getRuleId().matches("GC-10[012]")) continue;
            for (String line : f.getDetails()) {
                if (!line.startsWith(GoingConcernReport.VERDICT)) continue;
                String v = line.substring(GoingConcernReport.VERDICT.length());
                for (String known : new String[]{GoingConcernLevel.DOUBT_STATED, GoingConcernLevel.SIGNIFICANT_DOUBT, GoingConcernLevel.INDICATORS_NOTED}) {
                    if (v.startsWith(known + ": ")) return Optional.of(new GoingConcernVerdict(known, v.substring(known.length() + 2)));
                }
            }
        }
        for (Check c : d.checks()) {
            if (c.getRuleId().equals("GC-103") && c.isPassed()) return Optional.of(new GoingConcernVerdict(GoingConcernLevel.NONE, c.getActual()));
        }
        return Optional.empty();
    }

    /** "Going concern: significant doubt indicated (indicators come from 2 groups ...)". */
    public String line() {
        return "Going concern: " + verdict + " (" + reason + ")";
    }
}

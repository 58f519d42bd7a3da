package io.tickmark.testing;

import io.tickmark.engine.RuleEngine;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.text.TextExtractor;
import io.tickmark.facts.Check;
import io.tickmark.facts.Finding;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;

import java.util.List;
import java.util.Set;

/** Layout fixtures written by us, read and checked with every built-in pack: what the layout tests share. */
public final class LayoutFixtures {
    private LayoutFixtures() {}

    public static Extraction extract(String text) {
        return new TextExtractor().extract(LayoutDocument.fromText("fixture.txt", text), text, "fixture.txt");
    }

    public static DocumentReport check(String text) {
        return new Checker(RuleEngine.builtIn()).check(extract(text), Set.of());
    }

    /** Error-level consistency findings: the false failures a misread layout gives. */
    public static List<Finding> errors(DocumentReport r) {
        return r.findings().stream().filter(f -> f.getCategory().equals("consistency") && f.getSeverity().equals("error")).toList();
    }

    public static long passed(DocumentReport r, String rule) {
        return r.checks().stream().filter(c -> c.getRuleId().equals(rule) && c.isPassed()).count();
    }

    public static long outcome(DocumentReport r, String outcome) {
        return r.checks().stream().filter(c -> c.getOutcome().equals(outcome)).count();
    }

    /** The label of the total a check judges (its first evidence), or "" for a check without figures. */
    public static String totalOf(Check c) {
        return c.getEvidence().isEmpty() ? "" : c.getEvidence().get(0).getLabel();
    }

    /** Findings and checks, one a line, for an assertion's description. */
    public static String dump(DocumentReport r) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : r.findings()) sb.append(f.getRuleId()).append(' ').append(f.getSeverity()).append(' ').append(f.getMessage()).append('\n');
        for (Check c : r.checks()) sb.append("  check ").append(c.getRuleId()).append(' ').append(c.getOutcome()).append(' ').append(c.getKey()).append('\n');
        return sb.toString();
    }
}

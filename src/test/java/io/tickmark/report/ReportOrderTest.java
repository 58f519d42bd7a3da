package io.tickmark.report;

import io.tickmark.extract.Extraction;
import io.tickmark.facts.Check;
import io.tickmark.facts.DocumentInfo;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.facts.SourceRef;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list of a report has a total order: checks and findings alike in rule id, key and message
 * are ordered by what they show (position, evidence), never left in the order the engine gave them.
 */
class ReportOrderTest {

    private static Figure figure(String id, int line, String value) {
        return new Figure(id, "d", "t", "balance", "consolidated", line, 1, "Cash", null, "2022", "2022-12-31",
                new BigDecimal(value), 0, 1, "USD", SourceRef.ofLines("d", 0, line, line));
    }

    private static Extraction extraction() {
        return new Extraction(new DocumentInfo("d", "d", "annual-report", null, null, "USD", "ifrs"));
    }

    @Test
    void checksWithEqualRuleAndKeyAreOrderedByWhereAndEvidence() {
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            checks.add(new Check("CON-001", "d", "same-key", "passed", "t", "100", "100", List.of(figure("t#" + i, 10 + i, "100"))));
        }
        List<String> first = order(checks);
        for (int seed = 0; seed < 5; seed++) {
            Collections.shuffle(checks, new java.util.Random(seed));
            assertThat(order(checks)).isEqualTo(first);
        }
        assertThat(first).containsExactly("t#0", "t#1", "t#2", "t#3", "t#4", "t#5");
    }

    private static List<String> order(List<Check> checks) {
        return new DocumentReport(extraction(), checks, List.of()).checks().stream().map(c -> c.getEvidence().get(0).getId()).toList();
    }

    @Test
    void findingsAlikeInEverythingButEvidenceHaveOneOrderAndStableFingerprints() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            findings.add(new Finding("CON-001", "error", "consistency", "Total does not foot", "d", "subject",
                    List.of(figure("t#" + (5 - i), 10, String.valueOf(100 + i))), List.of()));
        }
        DocumentReport a = new DocumentReport(extraction(), List.of(), findings);
        List<String> first = a.findings().stream().map(f -> f.getEvidence().get(0).getValue() + " " + a.fingerprint(f)).toList();
        for (int seed = 0; seed < 5; seed++) {
            Collections.shuffle(findings, new java.util.Random(seed));
            DocumentReport b = new DocumentReport(extraction(), List.of(), findings);
            assertThat(b.findings().stream().map(f -> f.getEvidence().get(0).getValue() + " " + b.fingerprint(f)).toList()).isEqualTo(first);
        }
    }
}

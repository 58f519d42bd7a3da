package io.tickmark.realdocs;

import io.tickmark.engine.RuleEngine;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;
import io.tickmark.testing.RealDocuments;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 001 states the previous period's restated opening retained earnings twice: the equity
 * statement's comparative block (after a policy change of -4,319,295.51) and note 60 (after an
 * adjustment of -11,188,268.01). The two restated openings for the same date disagree.
 */
class RestatedOpeningTest {

    @Test
    void twoRestatedOpeningsForOneDateAreReportedWithBothPlaces() throws Exception {
        DocumentReport r = new Checker(RuleEngine.builtIn()).check(RealDocuments.require(RealDocuments.SEED_PRC_INTERIM), Set.of("consistency"));
        List<Finding> found = r.findings().stream().filter(f -> f.getRuleId().equals("CON-010")
                && f.getEvidence().stream().allMatch(e -> "RetainedEarnings".equals(e.getConcept()))).toList();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.getEvidence()).extracting(Figure::getPeriod).containsOnly("2021-01-01");
            assertThat(f.getEvidence()).extracting(Figure::getTable)
                    .anySatisfy(t -> assertThat(t).startsWith("equity/"))
                    .anySatisfy(t -> assertThat(t).contains("retained earnings"));
            assertThat(f.getMessage()).contains("difference 6,868,972.50");
        });
    }
}

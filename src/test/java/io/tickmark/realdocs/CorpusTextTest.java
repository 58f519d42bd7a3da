package io.tickmark.realdocs;

import io.tickmark.engine.RuleEngine;
import io.tickmark.facts.Check;
import io.tickmark.facts.Finding;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;
import io.tickmark.testing.RealDocuments;
import io.tickmark.extract.Extraction;
import io.tickmark.facts.DocumentInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The four SEC reports' layout text: at least 40 verifications each and no false failure. */
class CorpusTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"APPLE_2022_10K", "BOEING_2022_10K", "PG_E_2018_10K", "WALMART_2024Q1_10Q"})
    void readsTheStatementsAndFindsNoFalseFailure(String name) throws Exception {
        DocumentReport report = new Checker(RuleEngine.builtIn())
                .check(RealDocuments.require("corpus/" + name + ".txt"), Set.of("consistency", "extraction"));
        long passed = report.checks().stream().filter(Check::isPassed).count();
        List<Finding> failures = report.findings().stream()
                .filter(f -> f.getCategory().equals("consistency") && f.getSeverity().equals("error")).toList();
        System.out.printf("%s: %d checks run, %d passed, %d consistency errors%n", name, report.checks().size(), passed, failures.size());
        failures.forEach(f -> System.out.println("  " + f.getMessage()));
        assertThat(passed).isGreaterThanOrEqualTo(40);
        assertThat(failures).isEmpty();
        assertThat(report.checks().stream().map(c -> c.getEvidence().get(0).getTable()))
                .anyMatch(t -> t.startsWith("balance/")).anyMatch(t -> t.startsWith("income/")).anyMatch(t -> t.startsWith("cashflow/"));
    }

    /** The report's header: the registrant as its cover names it and the period the cover states. */
    @ParameterizedTest
    @CsvSource({"APPLE_2022_10K, APPLE, 2022-09-24", "BOEING_2022_10K, BOEING, 2022-12-31",
            "PG_E_2018_10K, PGE, 2018-12-31", "WALMART_2024Q1_10Q, WALMART, 2023-04-30"})
    void namesTheRegistrantAndThePeriod(String name, String company, String periodEnd) throws Exception {
        Extraction ex = new Checker(RuleEngine.builtIn()).check(RealDocuments.require("corpus/" + name + ".txt"), Set.of("extraction")).extraction();
        DocumentInfo info = ex.document();
        assertThat(info.getEntity()).isNotNull();
        assertThat(info.getEntity().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]", "")).contains(company);
        assertThat(info.getPeriodEnd()).isEqualTo(periodEnd);
    }
}

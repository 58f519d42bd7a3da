package io.tickmark.realdocs;

import io.tickmark.engine.RuleEngine;
import io.tickmark.facts.Finding;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;
import io.tickmark.testing.RealDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures stated in words against the statements (pack wording), on the seeds and the corpus. */
class WordingTest {

    private static List<Finding> wording(String relative) throws Exception {
        DocumentReport r = new Checker(RuleEngine.builtIn()).check(RealDocuments.require(relative), Set.of("wording"));
        return r.findings().stream().filter(f -> f.getRuleId().startsWith("WRD-")).toList();
    }

    @Test
    void theProfileShareCapitalOfThePrcInterimDisagreesWithItsBalanceSheet() throws Exception {
        List<Finding> found = wording(RealDocuments.SEED_PRC_INTERIM).stream().filter(f -> f.getRuleId().equals("WRD-001")).toList();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.getRuleId()).isEqualTo("WRD-001");
            // both places: the profile sentence and the balance-sheet line
            assertThat(f.getDetails()).anySatisfy(d -> assertThat(d).contains("registered capital"));
            assertThat(f.getEvidence()).singleElement().satisfies(e -> assertThat(e.getLabel()).containsIgnoringCase("capital stock"));
            assertThat(f.getSources()).isNotEmpty();
        });
    }

    @Test
    void depreciationRatesOfThePrcInterimThatDoNotFollowFromLivesAndResidualValues() throws Exception {
        List<Finding> found = wording(RealDocuments.SEED_PRC_INTERIM).stream().filter(f -> f.getRuleId().equals("WRD-002")).toList();
        // 20 years at 5% residual give 4.75%, not 4.80%; 35 years give 2.71%, not 2.70% (investment property and fixed assets)
        assertThat(found).extracting(Finding::getMessage).allSatisfy(m -> assertThat(m).containsAnyOf("rate 4.80%", "rate 2.70%"));
        assertThat(found).anySatisfy(f -> assertThat(f.getMessage()).contains("rate 4.80%").contains("useful life of 20 years"));
        assertThat(found).allSatisfy(f -> assertThat(f.getDetails()).anySatisfy(d -> assertThat(d).startsWith("row: ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seeds/003_3dd964466b025ba8.txt", "corpus/APPLE_2022_10K.txt", "corpus/BOEING_2022_10K.txt",
            "corpus/PG_E_2018_10K.txt", "corpus/WALMART_2024Q1_10Q.txt"})
    void nothingIsFlaggedElsewhere(String doc) throws Exception {
        assertThat(wording(doc)).isEmpty();
    }
}

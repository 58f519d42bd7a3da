package io.tickmark.rules.disclosure;

import io.tickmark.engine.RuleEngine;
import io.tickmark.extract.Extraction;
import io.tickmark.facts.Licence;
import io.tickmark.facts.LeasedProperties;
import io.tickmark.facts.NonCompliance;
import io.tickmark.facts.SocialInsuranceShortfall;
import io.tickmark.facts.StatedShare;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;
import io.tickmark.run.ProfileLoader;
import io.tickmark.testing.RealDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The disclosure pack stays silent on documents that hold no PRC/HK disclosure facts. */
class DisclosureSilenceTest {
    private static final RuleEngine ENGINE = RuleEngine.builtIn();

    @ParameterizedTest
    @ValueSource(strings = {RealDocuments.SEED_PRC_INTERIM, "corpus/APPLE_2022_10K.txt", "corpus/BOEING_2022_10K.txt",
            "corpus/PG_E_2018_10K.txt", "corpus/WALMART_2024Q1_10Q.txt"})
    void noDisclosureFactsNoDisclosureFindings(String doc) throws Exception {
        Path p = RealDocuments.require(doc);
        Checker checker = new Checker(ENGINE, ProfileLoader.load(null, LocalDate.of(2022, 6, 30)));
        Extraction ex = checker.extract(p);
        assertThat(ex.otherFacts()).noneMatch(f -> f instanceof LeasedProperties || f instanceof SocialInsuranceShortfall
                || f instanceof NonCompliance || f instanceof Licence || f instanceof StatedShare);
        DocumentReport r = checker.check(ex, Set.of());
        assertThat(r.findings()).noneMatch(f -> f.getRuleId().startsWith("DIS-"));
        assertThat(ex.tables()).noneMatch(t -> t.getId().startsWith("disclosure/"));
    }
}

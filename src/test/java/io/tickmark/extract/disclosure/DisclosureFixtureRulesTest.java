package io.tickmark.extract.disclosure;

import io.tickmark.engine.RuleEngine;
import io.tickmark.facts.Check;
import io.tickmark.facts.Finding;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;
import io.tickmark.run.ProfileLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Fixture documents through the whole pipeline: what fires and what stays quiet. */
class DisclosureFixtureRulesTest {
    private static final RuleEngine ENGINE = RuleEngine.builtIn();

    static DocumentReport check(String name, LocalDate asOf) throws Exception {
        return new Checker(ENGINE, ProfileLoader.load(null, asOf)).check(Path.of("src/test/resources/disclosure/" + name), Set.of());
    }

    static List<Finding> findings(DocumentReport r, String id) {
        return r.findings().stream().filter(f -> f.getRuleId().equals(id)).toList();
    }

    @Test
    void listingDocumentFindingsAndTicks() throws Exception {
        DocumentReport r = check("listing-business.txt", LocalDate.of(2022, 12, 31));
        assertThat(findings(r, "DIS-001")).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("5 of 12"));
        assertThat(r.checks()).anyMatch(c -> c.getRuleId().equals("DIS-002") && c.isPassed());
        assertThat(findings(r, "DIS-003")).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("3 of 12").contains("25.0%"));
        assertThat(findings(r, "DIS-030")).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("SP Licence held by Beta Tech")
                .contains("2023-08-15"));
        assertThat(findings(r, "DIS-020")).extracting(Finding::getSubject).containsExactlyInAnyOrder(
                "non-compliance/social-insurance/internal-control", "non-compliance/social-insurance/directors-view",
                "non-compliance/social-insurance/maximum-penalty");
        assertThat(findings(r, "DIS-013")).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("People's Court"));
        assertThat(findings(r, "DIS-011")).hasSize(1);
        assertThat(findings(r, "DIS-012")).hasSize(1);
        assertThat(findings(r, "DIS-050")).isEmpty();
        assertThat(findings(r, "DIS-051")).isEmpty();
        assertThat(r.findings()).noneMatch(f -> f.getRuleId().matches("CON-00[12]|DIS-06[01]|EXT-00[12]"));
        assertThat(r.checks()).filteredOn(c -> c.getRuleId().matches("CON-001|DIS-060|DIS-061")).allMatch(Check::isPassed).hasSizeGreaterThan(10);
    }

    @Test
    void withoutAsOfTheStatedLatestPracticableDateIsTheReference() throws Exception {
        DocumentReport r = check("listing-business.txt", null);
        // 20 May 2022 + 12 months ends before the SP licence's 15 August 2023.
        assertThat(findings(r, "DIS-030")).isEmpty();
        assertThat(findings(r, "DIS-032")).isEmpty();
        assertThat(r.checks()).filteredOn(c -> c.getRuleId().equals("DIS-030")).hasSize(3).allMatch(Check::isPassed);
    }

    @Test
    void aDamagedTableGivesExtractionFindingsButNoFalseFailure() throws Exception {
        DocumentReport r = check("damaged-tables.txt", null);
        assertThat(r.findings()).noneMatch(f -> f.getRuleId().matches("CON-001|DIS-060|DIS-061"));
        assertThat(findings(r, "EXT-001")).hasSize(3);
        assertThat(r.checks()).filteredOn(c -> c.getRuleId().equals("DIS-061") && c.isPassed()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(r.checks()).anyMatch(c -> c.getRuleId().equals("CON-001") && c.isPassed());
    }

    @Test
    void aDocumentStatingOnlyTheLawRaisesNoSocialInsuranceFinding() throws Exception {
        DocumentReport r = check("law-only.txt", null);
        assertThat(r.findings()).noneMatch(f -> f.getRuleId().startsWith("DIS-01") || f.getRuleId().equals("DIS-020"));
    }
}

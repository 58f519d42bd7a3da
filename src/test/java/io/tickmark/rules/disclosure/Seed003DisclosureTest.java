package io.tickmark.rules.disclosure;

import io.tickmark.engine.RuleEngine;
import io.tickmark.facts.Check;
import io.tickmark.facts.Finding;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;
import io.tickmark.run.ProfileLoader;
import io.tickmark.testing.RealDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Done when" lines on the HK prospectus seed, with --as-of 2022-06-30. */
class Seed003DisclosureTest {
    private static final RuleEngine ENGINE = RuleEngine.builtIn();
    private static DocumentReport report;

    @BeforeAll
    static void check() throws Exception {
        Path seed = RealDocuments.require(RealDocuments.SEED_HK_PROSPECTUS);
        report = new Checker(ENGINE, ProfileLoader.load(null, LocalDate.of(2022, 6, 30))).check(seed, Set.of());
    }

    static List<Finding> findings(String id) {
        return report.findings().stream().filter(f -> f.getRuleId().equals(id)).toList();
    }

    @Test
    void twentyTwoOfFortyThreeLeasesUnregisteredWithTheStatedMaximumVerified() {
        assertThat(findings("DIS-001")).singleElement().satisfies(f -> {
            assertThat(f.getMessage()).contains("22 of 43 leases").contains("RMB22,000 to RMB220,000");
            assertThat(f.getSources().get(0).getLine()).isEqualTo(1035);
        });
        assertThat(report.checks()).filteredOn(c -> c.getRuleId().equals("DIS-002")).singleElement().satisfies(c -> {
            assertThat(c.isPassed()).isTrue();
            assertThat(c.getExpected()).isEqualTo("220000");
            assertThat(c.getActual()).isEqualTo("220000");
        });
        assertThat(findings("DIS-002")).isEmpty();
    }

    @Test
    void fortyTwoLeasesWithoutTitleDocuments() {
        assertThat(findings("DIS-003")).singleElement().satisfies(f ->
                assertThat(f.getMessage()).contains("42 of 43 leased properties (97.7%)"));
        assertThat(findings("DIS-004")).isEmpty();
    }

    @Test
    void socialInsuranceShortfallRestsOnTheGroupsDamagedPassageAndIsNotQuantified() {
        assertThat(findings("DIS-010")).singleElement().satisfies(f -> {
            assertThat(f.getSources().get(0).getLine()).isEqualTo(1061);
            assertThat(f.getMessage()).contains("social insurance and housing provident fund").contains("Our under-contribution")
                    .contains("interleaved");
        });
        assertThat(findings("DIS-011")).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("not quantified"));
        // The sentence at line 1127 only states the law: nothing rests on it.
        assertThat(report.findings()).filteredOn(f -> f.getRuleId().startsWith("DIS-01"))
                .allSatisfy(f -> assertThat(f.getSources()).noneMatch(s -> s.getLine() == 1127));
        assertThat(findings("DIS-012")).singleElement().satisfies(f -> assertThat(f.getSources().get(0).getLine()).isEqualTo(1123));
        assertThat(findings("DIS-013")).extracting(Finding::getSubject).containsExactly("social-insurance/fine-on-unpaid");
    }

    @Test
    void exactlyThreeLicencesExpireByTheEndOfJune2023() {
        assertThat(findings("DIS-030")).extracting(f -> f.getMessage().substring(0, f.getMessage().indexOf(", within")))
                .containsExactlyInAnyOrder("IDC and ISP Licence held by Dejiu expires on 2022-11-28",
                        "SP Licence held by Guangzhou Zhengjun expires on 2023-06-25",
                        "SP Licence held by Guangzhou Xuxin expires on 2023-06-25");
        assertThat(findings("DIS-031")).isEmpty();
        assertThat(report.checks()).filteredOn(c -> c.getRuleId().equals("DIS-030") && c.isPassed()).hasSize(11);
    }

    private static boolean tableCheck(Check c) {
        return c.getRuleId().matches("CON-001|CON-010|DIS-060|DIS-061") && (c.getKey().contains("disclosure/") || c.getWhere().contains("disclosure/")
                || c.getKey().startsWith("tie:"));
    }

    @Test
    void atLeastAHundredDistinctTableChecksPass() {
        Set<String> passed = report.checks().stream().filter(Check::isPassed).filter(Seed003DisclosureTest::tableCheck)
                .map(c -> c.getRuleId() + " " + c.getKey()).collect(Collectors.toSet());
        System.out.println("seed 003: distinct table checks passed: " + passed.size() + " ("
                + passed.stream().collect(Collectors.groupingBy(k -> k.substring(0, 7), java.util.TreeMap::new, Collectors.counting())) + ")");
        assertThat(passed).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void theGenuineTableErrorsAreFoundAndNothingElseFails() {
        // Employees by function: 81 / 740 = 10.946%, shown as 11.0% (the column was made to add to 100.0).
        assertThat(findings("DIS-061")).singleElement().satisfies(f ->
                assertThat(f.getMessage()).contains("Delivery").contains("stated as 11.0%").contains("81 / 740 is 10.946%"));
        // The text lists the overlapping client-suppliers as D, E, F, G, H and L; the table also shows M.
        assertThat(findings("DIS-062")).singleElement().satisfies(f -> assertThat(f.getMessage()).startsWith("client-supplier M appears in"));
        // Top five customers 2020: the total reads "277 208" but the five amounts sum to 277,298; not rejoined, reported.
        assertThat(findings("EXT-001")).anySatisfy(f -> assertThat(f.getMessage()).contains("'277 208'").contains("sum to 277298"));
        List<Check> failed = report.checks().stream().filter(Seed003DisclosureTest::tableCheck).filter(c -> !c.isPassed()).toList();
        assertThat(failed).extracting(Check::getRuleId).containsExactly("DIS-061");
        assertThat(findings("DIS-060")).isEmpty();
        assertThat(report.findings()).noneMatch(f -> f.getRuleId().equals("CON-001") && f.getEvidence().stream().anyMatch(e -> e.getTable().startsWith("disclosure/")));
    }

    @Test
    void supplierConcentrationIsReported() {
        assertThat(findings("DIS-050")).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("largest supplier")
                .contains("60.2% (2018)").contains("70.3% (2021)"));
        assertThat(findings("DIS-051")).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("86.1% (2021)"));
    }

    @Test
    void withoutAsOfThePeriodEndStatedInTheDocumentIsUsed() throws Exception {
        DocumentReport r = new Checker(ENGINE, ProfileLoader.load(null, null))
                .check(RealDocuments.require(RealDocuments.SEED_HK_PROSPECTUS), Set.of());
        assertThat(r.findings()).filteredOn(f -> f.getRuleId().equals("DIS-030")).singleElement().satisfies(f ->
                assertThat(f.getMessage()).contains("2022-11-28").contains("within 12 months of 2021-12-31").contains("period end"));
    }
}

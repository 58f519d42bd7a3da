package io.tickmark.rules.goingconcern;

import io.tickmark.engine.RuleEngine;
import io.tickmark.facts.Check;
import io.tickmark.facts.Finding;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;
import io.tickmark.run.ProfileLoader;
import io.tickmark.testing.RealDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Done when" lines of issue 3 on the real documents in ../shared (skipped where they are absent). */
class GoingConcernRealDocumentsTest {
    private static Checker checker;

    @BeforeAll
    static void engine() throws Exception {
        checker = new Checker(RuleEngine.builtIn(), ProfileLoader.load(null, null));
    }

    private static DocumentReport check(String relative) throws Exception {
        return checker.check(RealDocuments.require(relative), Set.of());
    }

    private static List<Finding> goingConcern(DocumentReport r) {
        return r.findings().stream().filter(f -> f.getRuleId().startsWith("GC-")).toList();
    }

    private static Finding assessment(DocumentReport r) {
        List<Finding> a = r.findings().stream().filter(f -> List.of("GC-100", "GC-101", "GC-102").contains(f.getRuleId())).toList();
        assertThat(a).as("one assessment per document").hasSizeLessThanOrEqualTo(1);
        return a.isEmpty() ? null : a.get(0);
    }

    /** The condition types the assessment lists on its "Indicators:" line. */
    private static List<String> conditionTypes(Finding a) {
        Pattern p = Pattern.compile("Indicators: \\d+ conditions of \\d+ ISA 570 condition types \\((.*)\\)");
        for (String d : a.getDetails()) {
            Matcher m = p.matcher(d);
            if (m.find()) return Arrays.stream(m.group(1).split(", ")).toList();
        }
        return List.of();
    }

    @Test
    void seed000ErrorAssessmentWithSixConditionTypesContradictedClaimsAndConsistentFigures() throws Exception {
        DocumentReport r = check(RealDocuments.SEED_HK_NARRATIVE);
        Finding a = assessment(r);
        assertThat(a.getRuleId()).isEqualTo("GC-100");
        assertThat(a.getSeverity()).isEqualTo("error");
        List<String> types = conditionTypes(a).stream().filter(t -> !t.equals("doubt-stated")).toList();
        assertThat(types).hasSizeGreaterThanOrEqualTo(6);
        // every condition comes with its figures or words and a position in the one-line document
        assertThat(a.getDetails()).filteredOn(d -> d.startsWith("        ")).allMatch(d -> d.contains("line 1, chars") || d.startsWith("        shortfall")
                || d.startsWith("        change "));
        assertThat(String.join("\n", a.getDetails())).contains("RMB466,748,000").contains("78.87%").contains("RMB286,595,000");
        List<Finding> claims = r.findings().stream().filter(f -> f.getRuleId().equals("GC-111")).toList();
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).getMessage()).contains("healthy").contains("line 1, chars");
        long recomputedAndPassed = r.checks().stream().filter(c -> c.getRuleId().matches("NAR-00[1-5]") && c.isPassed()).count();
        assertThat(recomputedAndPassed).isGreaterThanOrEqualTo(25);
        assertThat(r.checks().stream().filter(c -> c.getRuleId().startsWith("NAR-")).map(Check::getOutcome)).containsOnly("passed");
        assertThat(r.findings()).noneMatch(f -> f.getRuleId().startsWith("NAR-"));
    }

    @Test
    void seed001ProfitableNoDoubtFoundNothingAboveNote() throws Exception {
        DocumentReport r = check(RealDocuments.SEED_PRC_INTERIM);
        assertThat(goingConcern(r)).allMatch(f -> f.getSeverity().equals("note"));
    }

    @Test
    void pgeErrorBecauseManagementAndTheAuditorStateSubstantialDoubt() throws Exception {
        DocumentReport r = check("corpus/PG_E_2018_10K.txt");
        Finding a = assessment(r);
        assertThat(a.getRuleId()).isEqualTo("GC-100");
        String text = String.join("\n", a.getDetails());
        assertThat(text).contains("management or the auditor states substantial doubt").contains("states doubt (auditor)")
                .contains("states doubt (management");
    }

    @Test
    void appleAndWalmartHaveNoGoingConcernFinding() throws Exception {
        for (String d : new String[]{"corpus/APPLE_2022_10K.txt", "corpus/WALMART_2024Q1_10Q.txt"}) {
            DocumentReport r = check(d);
            assertThat(goingConcern(r)).as(d).isEmpty();
            assertThat(r.checks()).as(d).anyMatch(c -> c.getRuleId().equals("GC-103") && c.isPassed());
        }
    }

    @Test
    void boeingAWarningAtMostListingItsIndicatorsAndMitigants() throws Exception {
        DocumentReport r = check("corpus/BOEING_2022_10K.txt");
        assertThat(goingConcern(r)).noneMatch(f -> f.getSeverity().equals("error"));
        Finding a = assessment(r);
        assertThat(a.getRuleId()).isEqualTo("GC-101");
        assertThat(conditionTypes(a)).contains("losses", "net-liabilities");
        String text = String.join("\n", a.getDetails());
        assertThat(text).contains("positive-operating-cash-flow").contains("liquidity is shown to be covered");
    }
}

package io.tickmark.rules.goingconcern;

import io.tickmark.facts.Check;
import io.tickmark.facts.Finding;
import io.tickmark.facts.GoingConcernDisclosure;
import io.tickmark.facts.LiquidityClaim;
import io.tickmark.facts.NarrativeEvent;
import io.tickmark.facts.SourceRef;
import io.tickmark.rules.RuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.tickmark.rules.RuleFixture.kf;
import static io.tickmark.rules.RuleFixture.narrative;
import static org.assertj.core.api.Assertions.assertThat;

/** The written severity policy (docs/rules/goingconcern.md), the mitigants, GC-110, GC-111 and the distress scores. */
class GoingConcernPolicyRulesTest {
    private static final SourceRef AT = new SourceRef("fixture.txt", 0, 1, 1, 10, 40, null);

    private static RuleFixture run(Object... facts) {
        return new RuleFixture().add(facts).run();
    }

    @Test
    void errorWhenTwoGroupsAndLiquidityNotShownCovered() {
        RuleFixture r = run(kf("NetProfit", "current", "-10"), kf("TotalEquity", "current", "-5"));
        assertThat(r.assessment().getRuleId()).isEqualTo("GC-100");
        assertThat(r.assessment().getSeverity()).isEqualTo("error");
        assertThat(r.assessmentText()).contains("[profitability]").contains("[solvency]").contains("liquidity is not shown to be covered");
    }

    @Test
    void warningWhenTwoGroupsButLiquidityCovered() {
        RuleFixture r = run(kf("NetProfit", "current", "-10"), kf("TotalEquity", "current", "-5"), kf("NetCashFromOperating", "current", "7"),
                narrative("UndrawnFacilities", "12"));
        assertThat(r.assessment().getRuleId()).isEqualTo("GC-101");
        assertThat(r.assessmentText()).contains("liquidity is shown to be covered").contains("positive-operating-cash-flow").contains("undrawn-facilities");
    }

    @Test
    void aCountedLiquidityIndicatorMeansLiquidityIsNotCovered() {
        RuleFixture r = run(kf("NetProfit", "current", "-10"), kf("NetCurrentAssets", "current", "-500"), kf("NetCashFromOperating", "current", "7"));
        assertThat(r.assessment().getRuleId()).isEqualTo("GC-100");
    }

    @Test
    void warningForSeveralFamiliesFromFewerGroups() {
        RuleFixture r = run(kf("NetProfit", "current", "-10"), kf("Revenue", "current", "50"), kf("Revenue", "prior", "100"));
        assertThat(r.assessment().getRuleId()).isEqualTo("GC-101");
        assertThat(r.assessmentText()).contains("fewer than 2 of the groups");
    }

    @Test
    void noteForAnIsolatedIndicatorAndNothingWithoutOne() {
        RuleFixture isolated = run(kf("NetProfit", "current", "-10"), kf("NetProfit", "prior", "-3"));
        assertThat(isolated.assessment().getRuleId()).isEqualTo("GC-102");
        assertThat(isolated.assessment().getSeverity()).isEqualTo("note");
        RuleFixture clean = run(kf("NetProfit", "current", "10"), kf("NetCashFromOperating", "current", "3"));
        assertThat(clean.assessment()).isNull();
        assertThat(clean.checks("GC-103")).extracting(Check::getOutcome).containsExactly("passed");
    }

    @Test
    void aStatedDoubtIsAnErrorWhateverTheFigures() {
        RuleFixture r = run(GoingConcernIndicatorRulesTest.doubt("statement"), kf("NetProfit", "current", "10"), kf("NetCashFromOperating", "current", "3"));
        assertThat(r.assessment().getRuleId()).isEqualTo("GC-100");
        assertThat(r.assessmentText()).contains("states substantial doubt or a material uncertainty");
    }

    @Test
    void oneAssessmentPerDocumentListingMitigants() {
        RuleFixture r = run(kf("NetProfit", "current", "-10"), kf("TotalEquity", "current", "-5"), kf("Revenue", "current", "1"),
                kf("Revenue", "prior", "100"), event("new-financing"), event("asset-disposal"), event("loan-rescheduled"));
        assertThat(r.findings("GC-10").stream().filter(f -> !f.getRuleId().equals("GC-110"))).hasSize(1);
        assertThat(r.assessmentText()).contains("new-financing").contains("asset-disposal").contains("loans-rescheduled");
        RuleFixture conditional = run(kf("NetProfit", "current", "-10"), new NarrativeEvent(RuleFixture.DOC, "new-financing", "conditional", "w", "q", AT));
        assertThat(conditional.assessmentText()).contains("Mitigating factors: none stated");
    }

    private static NarrativeEvent event(String kind) {
        return new NarrativeEvent(RuleFixture.DOC, kind, "asserted", "words", "A sentence written for the test.", AT);
    }

    @Test
    void gc110DisclosureGapOnlyAtErrorLevel() {
        Object[] error = {kf("NetProfit", "current", "-10"), kf("TotalEquity", "current", "-5")};
        assertThat(run(error).findings("GC-110")).hasSize(1);
        RuleFixture disclosed = new RuleFixture().add(error).add(new GoingConcernDisclosure(RuleFixture.DOC, "basis", "prepared on a going concern basis", AT)).run();
        assertThat(disclosed.findings("GC-110")).isEmpty();
        assertThat(disclosed.checks("GC-110")).extracting(Check::getOutcome).containsExactly("passed");
        assertThat(run(kf("NetProfit", "current", "-10")).findings("GC-110")).isEmpty();
    }

    @Test
    void gc111ContradictedClaimsNamedAndQuotedOnlyAtErrorLevel() {
        LiquidityClaim claim = new LiquidityClaim(RuleFixture.DOC, "maintained a healthy position of liquidity", "asserted",
                "The Group maintained a healthy position of liquidity during the Year.", AT);
        LiquidityClaim other = new LiquidityClaim(RuleFixture.DOC, "maintains a stable financial position", "asserted",
                "The Group maintains a stable financial position.", new SourceRef("fixture.txt", 0, 1, 1, 500, 540, null));
        RuleFixture error = run(kf("NetProfit", "current", "-10"), kf("TotalEquity", "current", "-5"), claim, other);
        List<Finding> f = error.findings("GC-111");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).getMessage()).contains("in 2 places").contains("\"maintained a healthy position of liquidity\" at line 1, chars 10-40")
                .contains("\"maintains a stable financial position\" at line 1, chars 500-540");
        assertThat(f.get(0).getDetails()).anyMatch(d -> d.contains("net liabilities"));
        assertThat(run(kf("NetProfit", "current", "-10"), claim).findings("GC-111")).isEmpty();
        LiquidityClaim aim = new LiquidityClaim(RuleFixture.DOC, "maintain adequate liquidity", "conditional", "q", AT);
        assertThat(run(kf("NetProfit", "current", "-10"), kf("TotalEquity", "current", "-5"), aim).findings("GC-111")).isEmpty();
    }

    @Test
    void gc120AltmanZDoublePrimeOnlyWithEveryInputAndWithItsVariantAndZone() {
        Object[] inputs = {kf("TotalCurrentAssets", "current", "100"), kf("TotalCurrentLiabilities", "current", "150"),
                kf("TotalAssets", "current", "1000"), kf("RetainedEarnings", "current", "-200"), kf("OperatingIncome", "current", "-50"),
                kf("TotalEquity", "current", "100"), kf("TotalLiabilities", "current", "900")};
        RuleFixture r = run(inputs);
        // 6.56(-0.05) + 3.26(-0.2) + 6.72(-0.05) + 1.05(0.1111) = -0.328 - 0.652 - 0.336 + 0.117 = -1.199
        assertThat(r.checks("GC-120")).singleElement().satisfies(c -> {
            assertThat(c.getOutcome()).isEqualTo("computed");
            assertThat(c.getActual()).contains("Altman Z'' (1995, non-manufacturers, without the EM constant 3.25) = -1.20: distress zone");
            assertThat(c.getExpected()).contains("safe > 2.6").contains("distress < 1.1");
        });
        assertThat(r.assessmentText()).contains("Altman Z'' (1995, non-manufacturers, without the EM constant 3.25) in the distress zone");
        Object[] noRetainedEarnings = {inputs[0], inputs[1], inputs[2], narrative("Reserves", "-200"), inputs[4], inputs[5], inputs[6]};
        RuleFixture none = run(noRetainedEarnings);
        assertThat(none.checks("GC-120")).isEmpty();
        assertThat(none.assessmentText()).contains("Distress scores: none computed; inputs not in the annual statements: RetainedEarnings");
    }

    @Test
    void gc120AltmanZWhenAMarketValueIsStated() {
        RuleFixture r = run(kf("TotalCurrentAssets", "current", "300"), kf("TotalCurrentLiabilities", "current", "100"), kf("TotalAssets", "current", "1000"),
                kf("RetainedEarnings", "current", "400"), kf("OperatingIncome", "current", "150"), kf("TotalEquity", "current", "500"),
                kf("TotalLiabilities", "current", "500"), kf("Revenue", "current", "1200"), narrative("MarketValueOfEquity", "2000"));
        // Z = 1.2(0.2) + 1.4(0.4) + 3.3(0.15) + 0.6(4) + 1.0(1.2) = 4.895
        assertThat(r.checks("GC-120")).extracting(Check::getActual)
                .anyMatch(a -> a.startsWith("Altman Z (1968, public manufacturers, market value of equity) = 4.90: safe zone"));
    }

    @Test
    void thresholdsComeFromTheProfileAndAUserProfileOverridesThem(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("strict.json");
        Files.writeString(p, "{\"thresholds\": {\"gc.revenue.collapseShare\": 0.10}}");
        Object[] facts = {kf("Revenue", "current", "85"), kf("Revenue", "prior", "100")};
        assertThat(new RuleFixture().add(facts).run().assessment()).isNull();
        assertThat(new RuleFixture(p).add(facts).run().assessmentText()).contains("revenue collapse");
    }
}

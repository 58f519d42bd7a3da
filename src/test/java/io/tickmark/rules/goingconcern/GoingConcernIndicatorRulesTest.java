package io.tickmark.rules.goingconcern;

import io.tickmark.facts.GoingConcernStatement;
import io.tickmark.facts.NarrativeEvent;
import io.tickmark.facts.SourceRef;
import io.tickmark.facts.StatedRatio;
import io.tickmark.rules.RuleFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.tickmark.rules.RuleFixture.kf;
import static io.tickmark.rules.RuleFixture.narrative;
import static org.assertj.core.api.Assertions.assertThat;

/** GC-001 to GC-013: each indicator family with facts that raise it and facts that must leave it quiet. */
class GoingConcernIndicatorRulesTest {
    private static final SourceRef AT = new SourceRef("fixture.txt", 0, 1, 1, 10, 40, null);

    private static String assess(Object... facts) {
        return new RuleFixture().add(facts).run().assessmentText();
    }

    private static NarrativeEvent event(String kind, String reading) {
        return new NarrativeEvent(RuleFixture.DOC, kind, reading, "words", "A sentence written for the test.", AT);
    }

    @Test
    void gc001Losses() {
        assertThat(assess(kf("NetProfit", "current", "-10"))).contains("net loss for the period").doesNotContain("consecutive");
        assertThat(assess(kf("NetProfit", "current", "-10"), kf("NetProfit", "prior", "-5"))).contains("consecutive losses");
        assertThat(assess(kf("OperatingIncome", "current", "-1"))).contains("operating loss for the period");
        assertThat(assess(kf("NetProfitAttributableToParent", "current", "-3"))).contains("loss attributable to owners");
        assertThat(assess(kf("NetProfit", "current", "10"), kf("NetProfit", "prior", "-5"), kf("OperatingIncome", "current", "4"))).isEmpty();
        assertThat(assess(kf("NetProfit", "current", "10"), kf("NetProfitAttributableToParent", "current", "-3"))).isEmpty();
    }

    @Test
    void gc002NetCurrentLiabilitiesOrASharpFall() {
        assertThat(assess(kf("NetCurrentAssets", "current", "-50"))).contains("net current liabilities");
        // met by undrawn facilities plus the period's operating inflow: listed as offset, nothing counted, no finding
        RuleFixture offset = new RuleFixture().add(kf("NetCurrentAssets", "current", "-50"), narrative("UndrawnFacilities", "30"),
                kf("NetCashFromOperating", "current", "25")).run();
        assertThat(offset.assessment()).isNull();
        assertThat(offset.checks("GC-103").get(0).getActual()).contains("offset by undrawn facilities");
        assertThat(assess(kf("NetCurrentAssets", "current", "40"), kf("NetCurrentAssets", "prior", "100"))).contains("sharp fall in net current assets");
        assertThat(assess(kf("NetCurrentAssets", "current", "60"), kf("NetCurrentAssets", "prior", "100"))).isEmpty();
    }

    @Test
    void gc003NetLiabilitiesOrNegativeReserves() {
        assertThat(assess(kf("TotalEquity", "current", "-1"))).contains("net liabilities (total equity negative)");
        assertThat(assess(kf("TotalEquity", "current", "1"))).isEmpty();
        assertThat(assess(narrative("Reserves", "-283"))).contains("negative reserves eroded by losses");
        // a deficit built by distributions while profitable is not erosion
        assertThat(assess(kf("RetainedEarnings", "current", "-3"), kf("NetProfit", "current", "99"))).isEmpty();
    }

    @Test
    void gc004AdverseRatiosStatedWithTheirDefinition() {
        assertThat(assess(ratio("liabilitiesToAssets", "78.87"))).contains("gearing ratio above 70");
        assertThat(assess(ratio("liabilitiesToAssets", "65.00"))).isEmpty();
        assertThat(assess(ratio("debtToEquity", "120"))).contains("gearing ratio above 100");
        assertThat(assess(ratio("debtToEquity", "80"))).isEmpty();
        assertThat(assess(ratio("unknown", "300"))).isEmpty();
    }

    private static StatedRatio ratio(String type, String value) {
        return new StatedRatio("r1", RuleFixture.DOC, "ratio", "gearing ratio", "calculated by dividing the two", "A", "B", type, "",
                new BigDecimal(value), null, new BigDecimal("0.005"), true, "Gearing ratio ...", AT);
    }

    @Test
    void gc005BorrowingsDueWithinOneYear() {
        assertThat(assess(kf("DebtDueWithinOneYear", "current", "100"), kf("CashAndEquivalents", "current", "20"),
                narrative("UndrawnFacilities", "10"), kf("NetCashFromOperating", "current", "30")))
                .contains("borrowings due within one year not covered").contains("cash CNY20 + undrawn facilities CNY10 + operating cash inflow CNY30");
        RuleFixture offset = new RuleFixture().add(kf("DebtDueWithinOneYear", "current", "100"), kf("CashAndEquivalents", "current", "20"),
                kf("NetCashFromOperating", "current", "90")).run();
        assertThat(offset.assessment()).isNull();
        RuleFixture covered = new RuleFixture().add(kf("DebtDueWithinOneYear", "current", "100"), kf("CashAndEquivalents", "current", "150"),
                kf("NetProfit", "current", "-1")).run();
        assertThat(covered.assessmentText()).contains("cash-covers-debt").doesNotContain("borrowings due within one year not covered");
    }

    @Test
    void gc006NegativeOperatingCashFlow() {
        assertThat(assess(kf("NetCashFromOperating", "current", "-5"))).contains("negative operating cash flow");
        assertThat(assess(kf("NetCashFromOperating", "current", "5"), kf("NetCashFromOperating", "prior", "-5"))).isEmpty();
    }

    @Test
    void gc007ImpairmentJumps() {
        assertThat(assess(kf("Impairment", "current", "300"), kf("Impairment", "prior", "50"))).contains("impairment charge 6.0 times");
        assertThat(assess(kf("Impairment", "current", "100"), kf("Impairment", "prior", "50"))).isEmpty();
        assertThat(assess(kf("Impairment", "current", "30"), kf("TotalEquity", "current", "100"))).contains("impairment charge at least 25% of total equity");
        assertThat(assess(kf("Impairment", "current", "10"), kf("TotalEquity", "current", "100"))).isEmpty();
    }

    @Test
    void gc008RevenueCollapse() {
        assertThat(assess(kf("Revenue", "current", "60"), kf("Revenue", "prior", "100"))).contains("revenue collapse").contains("-40.00%");
        assertThat(assess(kf("Revenue", "current", "80"), kf("Revenue", "prior", "100"))).isEmpty();
    }

    @Test
    void gc009To012NarrativeEventsCountOnlyWhenAsserted() {
        assertThat(assess(event("creditor-demand", "asserted"))).contains("creditors demanded repayment");
        assertThat(assess(event("credit-tightening", "asserted"))).contains("creditors tightened credit");
        assertThat(assess(event("licence-loss", "asserted"))).contains("licence, franchise or dealership withdrawn");
        assertThat(assess(event("customer-or-supplier-loss", "asserted"))).contains("key customer or supplier lost");
        assertThat(assess(event("management-arrest", "asserted"))).contains("key person arrested");
        assertThat(assess(event("management-departure", "asserted"))).contains("director or key officer departed");
        assertThat(assess(event("insolvency-proceedings", "asserted"))).contains("insolvency or bankruptcy proceedings");
        assertThat(assess(event("trial", "asserted"))).contains("trial in progress");
        for (String kind : new String[]{"creditor-demand", "credit-tightening", "licence-loss", "customer-or-supplier-loss", "management-arrest",
                "management-departure", "insolvency-proceedings", "trial"}) {
            assertThat(assess(event(kind, "conditional"))).as(kind).isEmpty();
            assertThat(assess(event(kind, "negated"))).as(kind).isEmpty();
        }
    }

    @Test
    void gc013OnlyAStatementOfDoubtCounts() {
        RuleFixture stated = new RuleFixture().add(doubt("statement")).run();
        assertThat(stated.assessment().getRuleId()).isEqualTo("GC-100");
        assertThat(stated.assessmentText()).contains("management states substantial doubt");
        for (String reading : new String[]{"negated", "standard", "conditional", "reference"}) {
            assertThat(new RuleFixture().add(doubt(reading)).run().assessment()).as(reading).isNull();
        }
    }

    static GoingConcernStatement doubt(String reading) {
        return new GoingConcernStatement(RuleFixture.DOC, "substantial doubt", reading, "management", "A sentence written for the test.", AT);
    }
}

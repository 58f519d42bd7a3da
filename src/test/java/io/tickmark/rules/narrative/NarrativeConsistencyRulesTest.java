package io.tickmark.rules.narrative;

import io.tickmark.extract.narrative.NarrativeFixtures;
import io.tickmark.facts.Check;
import io.tickmark.rules.RuleFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each NAR rule with a narrative written for the test where it holds (a passed check) and where it does not (a finding). */
class NarrativeConsistencyRulesTest {

    private static RuleFixture run(String text) {
        List<Object> facts = NarrativeFixtures.read(text, 2021);
        return new RuleFixture().addAll(facts).run();
    }

    private static List<String> outcomes(RuleFixture r, String id) {
        return r.checks(id).stream().map(Check::getOutcome).toList();
    }

    @Test
    void nar001StatedChange() {
        RuleFixture ok = run("The revenue of the Group for the Year was approximately RMB911,727,000 (2020: RMB1,750,632,000), representing a "
                + "decrease of approximately 47.92%.");
        assertThat(outcomes(ok, "NAR-001")).containsExactly("passed");
        assertThat(ok.findings("NAR-")).isEmpty();
        RuleFixture wrongFigure = run("The revenue of the Group for the Year was approximately RMB911,727,000 (2020: RMB1,750,632,000), representing "
                + "a decrease of approximately 45.92%.");
        assertThat(outcomes(wrongFigure, "NAR-001")).containsExactly("failed");
        assertThat(wrongFigure.findings("NAR-001").get(0).getMessage()).contains("-45.92%").contains("-47.92");
        RuleFixture wrongDirection = run("The revenue of the Group for the Year was approximately RMB911,727,000 (2020: RMB1,750,632,000), "
                + "representing an increase of approximately 47.92%.");
        assertThat(outcomes(wrongDirection, "NAR-001")).containsExactly("failed");
    }

    @Test
    void nar001ToleranceIsTheDisplayedPrecision() {
        // 100/33 - 1 = 203.0303%: "203.03%" holds, "203.05%" does not (two decimals, "approximately": one unit of 0.01)
        // (1,001,234 - 329,567) / 329,567 = 203.8025%: "203.80%" holds; "203.83%" does not (two decimals: 0.005, plus
        // the rounding of the amounts, 0.0006)
        assertThat(outcomes(run("Sales for the Year were RMB1,001,234 (2020: RMB329,567), representing an increase of 203.80%."), "NAR-001"))
                .containsExactly("passed");
        assertThat(outcomes(run("Sales for the Year were RMB1,001,234 (2020: RMB329,567), representing an increase of 203.83%."), "NAR-001"))
                .containsExactly("failed");
        // "approximately" allows one unit of the last decimal
        assertThat(outcomes(run("Sales for the Year were RMB1,001,234 (2020: RMB329,567), representing an increase of approximately 203.81%."),
                "NAR-001")).containsExactly("passed");
    }

    @Test
    void nar002RatioFromItsDefinition() {
        String amounts = " As at 31 December 2021, the total assets of the Group were RMB1,291,232,000 (31 December 2020: RMB1,937,231,000), "
                + "which included: (1) share capital of RMB556,286,000 (31 December 2020: RMB556,286,000); (2) reserves of RMB(283,431,000) "
                + "(31 December 2020: RMB255,313,000); and (3) liabilities of RMB1,018,377,000 (31 December 2020: RMB1,125,632,000).";
        RuleFixture ok = run("Gearing ratio (calculated by dividing total liabilities by total assets) was approximately 78.87% as at 31 December "
                + "2021 (31 December 2020: 58.11%)." + amounts);
        assertThat(outcomes(ok, "NAR-002")).as(ok.checks("NAR").toString()).containsExactly("passed", "passed");
        RuleFixture bad = run("Gearing ratio (calculated by dividing total liabilities by total assets) was approximately 76.87% as at 31 December "
                + "2021 (31 December 2020: 58.11%)." + amounts);
        assertThat(outcomes(bad, "NAR-002")).containsExactlyInAnyOrder("failed", "passed");
        assertThat(bad.findings("NAR-002")).hasSize(1);
    }

    @Test
    void nar003MarginFromProfitAndRevenueOfTheSameSegment() {
        String amounts = "The revenue of the Group\u2019s retail business was RMB536,837,000 (2020: RMB468,050,000). The gross profit of the "
                + "Group\u2019s retail business was RMB86,424,000 (2020: RMB72,553,000). ";
        RuleFixture ok = run(amounts + "The gross profit margin increased from approximately 15.50% to approximately 16.10%.");
        assertThat(outcomes(ok, "NAR-003")).containsExactly("passed", "passed");
        RuleFixture bad = run(amounts + "The gross profit margin increased from approximately 15.50% to approximately 17.10%.");
        assertThat(outcomes(bad, "NAR-003")).containsExactlyInAnyOrder("passed", "failed");
        RuleFixture otherSegment = run("The revenue of the Group\u2019s wholesale business was RMB536,837,000 (2020: RMB468,050,000). The gross "
                + "profit of the Group\u2019s retail business was RMB86,424,000 (2020: RMB72,553,000). The gross profit margin increased from "
                + "approximately 15.50% to approximately 17.10%.");
        assertThat(otherSegment.checks("NAR-003")).isEmpty();
    }

    @Test
    void nar004SharesOfAWhole() {
        String total = "As at 31 December 2021, the total borrowings of the Group were RMB340,744,000 (31 December 2020: RMB489,982,000), ";
        assertThat(outcomes(run(total + "of which approximately 31.79% were made in USD and approximately 68.21% were made in RMB."), "NAR-004"))
                .containsExactly("passed");
        assertThat(outcomes(run(total + "of which approximately 41.79% were made in USD and approximately 68.21% were made in RMB."), "NAR-004"))
                .containsExactly("failed");
        // "of which" may list only some parts: shares short of 100% are not a failure
        assertThat(run(total + "of which approximately 21.79% were made in USD and approximately 48.21% were made in RMB.").checks("NAR-004")).isEmpty();
    }

    /** Shares after "of which" that are not one partition: two partitions in a row, a missed sentence end, alternatives. */
    @Test
    void nar004SharesEndWhereTheSentenceMovesOn() {
        assertThat(outcomes(run("As of January 31, 2022, we had 12,400 employees, of which approximately 61 percent were located in the "
                + "United States and 39 percent were located internationally and approximately 41 percent identified as women, 58 percent "
                + "identified as men and less than 1 percent identified as non-binary."), "NAR-004")).containsExactly("passed", "passed");
        assertThat(run("The company operates 80 plants in 12 countries, of which approximately 40% are in the U.S. We own approximately 60% "
                + "of our office buildings, with 90% located near our headquarters.").checks("NAR-004")).isEmpty();
        assertThat(run("A subsidiary is any entity of which more than 50% of the equity or more than 50% of the voting power or more than "
                + "50% of the partnership interests are owned by the parent.").checks("NAR-004")).isEmpty();
        assertThat(outcomes(run("We had 12,400 employees, of which approximately 61 percent were located in the United States and 49 "
                + "percent were located internationally."), "NAR-004")).containsExactly("failed");
    }

    @Test
    void nar005PartsOfATotal() {
        assertThat(outcomes(run("The considerations were RMB990,385, RMB4,350,434 and RMB8,387,167, respectively, totalling RMB13,727,986."),
                "NAR-005")).containsExactly("passed");
        RuleFixture bad = run("The considerations were RMB990,385, RMB4,350,434 and RMB8,387,167, respectively, totalling RMB13,827,986.");
        assertThat(outcomes(bad, "NAR-005")).containsExactly("failed");
        assertThat(bad.findings("NAR-005").get(0).getDetails()).anyMatch(d -> d.contains("RMB990,385 + RMB4,350,434 + RMB8,387,167"));
        String total = "As at 31 December 2021, the total borrowings of the Group were approximately RMB340,744,000. All of the borrowings were "
                + "secured, of which approximately RMB286,595,000 was repayable within one year and approximately ";
        assertThat(outcomes(run(total + "RMB54,149,000 was repayable after one year."), "NAR-005")).containsExactly("passed");
        assertThat(outcomes(run(total + "RMB64,149,000 was repayable after one year."), "NAR-005")).containsExactly("failed");
        assertThat(run(total + "RMB44,149,000 was repayable after one year.").checks("NAR-005")).isEmpty();
    }

    /**
     * Where a list of parts ends, in sentences of the shapes 10-Ks use: the amount of the next clause is
     * no part ("..., and our total deferred revenue as of ... was"), nor is a sibling item after "and"
     * ("and sales milestones of up to ..."), nor the next item of an enumeration the total is itself an
     * item of, nor a breakdown in brackets; and ranges, "respectively" and offsets are not sums.
     */
    @Test
    void nar005ListsOfPartsEndWhereTheSentenceMovesOn() {
        assertThat(run("Our total deferred revenue as of December 31, 2020 was $5.2 billion, of which $4.1 billion was recognized as "
                + "revenue during the year ended December 31, 2021 and our total deferred revenue as of December 31, 2021 was $6.0 billion.")
                .checks("NAR-005")).isEmpty();
        assertThat(run("The estimated fair value of contingent consideration as of December 31, 2021 is $450 million, of which $100 million "
                + "is recorded in current liabilities and $350 million in noncurrent liabilities, and as of December 31, 2020 is $420 "
                + "million, of which $90 million is recorded in current liabilities and $330 million in noncurrent liabilities.")
                .findings("NAR-005")).isEmpty();
        assertThat(outcomes(run("The partner may receive $300 million in regulatory milestones, of which $120 million was paid in "
                + "March 2021 and $180 million remains payable, and sales milestones of up to $2.5 billion in total."), "NAR-005"))
                .containsExactly("passed");
        assertThat(outcomes(run("In connection with the acquisition, we recorded: (i) $5.0 billion in intangible assets, consisting of "
                + "$3.0 billion of developed technology, $1.2 billion of IPR&D and $0.8 billion of licensing agreements ($0.5 billion "
                + "for technology in development and $0.3 billion of licences), (ii) $4.0 billion of goodwill and (iii) $0.9 billion of "
                + "deferred tax liabilities."), "NAR-005")).containsExactly("passed");
        assertThat(run("We expect total restructuring charges of approximately $150 million to $160 million, of which approximately "
                + "$110 million to $120 million will be cash.").checks("NAR-005")).isEmpty();
        assertThat(run("The notional amounts of contracts purchased and sold were $2.1 billion and $2.6 billion, respectively, of which "
                + "$1.7 billion and $1.9 billion, respectively, were designated as hedges.").checks("NAR-005")).isEmpty();
        assertThat(run("We recognized a loss on extinguishment of debt of approximately $18.0 million, consisting of approximately "
                + "$21.5 million of premium paid and approximately $1.2 million of unamortized financing costs, offset by approximately "
                + "$4.7 million of fair value adjustment.").findings("NAR-005")).isEmpty();
    }

    @Test
    void nar006PartOfAHeadcount() {
        assertThat(outcomes(run("As at 31 December 2021, the Group employed a total of 1,142 full-time employees (31 December 2020: 1,591), of "
                + "which 251 (31 December 2020: 284) were managerial staff."), "NAR-006")).containsExactly("passed", "passed");
        RuleFixture bad = run("As at 31 December 2021, the Group employed a total of 142 full-time employees, of which 251 were managerial staff.");
        assertThat(outcomes(bad, "NAR-006")).containsExactly("failed");
        assertThat(bad.findings("NAR-006")).hasSize(1);
    }
}

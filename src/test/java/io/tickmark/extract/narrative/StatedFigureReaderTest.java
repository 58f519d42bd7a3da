package io.tickmark.extract.narrative;

import io.tickmark.facts.Composition;
import io.tickmark.facts.StatedAmount;
import io.tickmark.facts.StatedChange;
import io.tickmark.facts.StatedHeadcount;
import io.tickmark.facts.StatedMaturity;
import io.tickmark.facts.StatedRatio;
import io.tickmark.facts.StatedSum;
import io.tickmark.facts.UndrawnFacility;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.tickmark.extract.narrative.NarrativeFixtures.of;
import static io.tickmark.extract.narrative.NarrativeFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/** Narrative written for these tests in the style of an HK annual report and a 10-K MD&A. */
class StatedFigureReaderTest {

    @Test
    void amountWithComparativeAndStatedChange() {
        List<Object> f = read("During the year ended 31 December 2021 (the \u201cYear\u201d), the revenue of the Group amounted to approximately "
                + "RMB500,000,000 (2020: RMB400,000,000), representing an increase of approximately 25.00%.", 2021);
        StatedAmount a = of(f, StatedAmount.class).get(0);
        assertThat(a.getConcept()).isEqualTo("Revenue");
        assertThat(a.getRole()).isEqualTo("current");
        assertThat(a.getValue()).isEqualByComparingTo("500000000");
        assertThat(a.getPrior()).isEqualByComparingTo("400000000");
        assertThat(a.getHalfUnit()).isEqualByComparingTo("50000000"); // trailing zeros read as rounding
        StatedChange c = of(f, StatedChange.class).get(0);
        assertThat(c.getDirection()).isEqualTo("increase");
        assertThat(c.getPercent()).isEqualByComparingTo("25.00");
        assertThat(c.isApproximate()).isTrue();
    }

    @Test
    void comparativeWordedTheOtherWayFlipsItsSign() {
        List<Object> f = read("Other losses for the Year were approximately RMB3,000,000 (2020: gain of RMB1,000,000). "
                + "The income tax expenses for the Year were RMB2,000,000 (2020: income tax credit of RMB500,000).", 2021);
        List<StatedAmount> a = of(f, StatedAmount.class);
        assertThat(a).allMatch(StatedAmount::isPriorSignFlipped);
        assertThat(of(f, StatedChange.class)).isEmpty();
    }

    @Test
    void segmentsAndLossWording() {
        List<Object> f = read("The gross profit of the Group\u2019s retail business was RMB2,000,000 (2020: RMB1,000,000). "
                + "The loss attributable to equity shareholders of the Company for the Year was RMB9,000,000 (2020: RMB4,000,000).", 2021);
        List<StatedAmount> a = of(f, StatedAmount.class);
        assertThat(a.get(0).getConcept()).isEqualTo("GrossProfit");
        assertThat(a.get(0).getSegment()).isEqualTo("retail");
        assertThat(a.get(1).getConcept()).isEqualTo("NetProfitAttributableToParent");
        assertThat(a.get(1).isLossWording()).isTrue();
    }

    @Test
    void usStyleComparedWithAndRespectively() {
        List<Object> f = read("Net cash provided by operating activities was $2.5 billion during 2022, compared with net cash used by operating "
                + "activities of $1.2 billion during 2021. Cash and cash equivalents were $8.1 billion and $6.0 billion at December 31, 2022 "
                + "and 2021, respectively. Order backlog of $9,000 million at December 31, 2022 decreased by 10% from $10,000 million at "
                + "December 31, 2021.", 2022);
        List<StatedAmount> a = of(f, StatedAmount.class);
        assertThat(a).extracting(StatedAmount::getConcept).containsExactly("NetCashFromOperating", "CashAndEquivalents", null);
        assertThat(a.get(0).getRole()).isEqualTo("current");
        assertThat(a.get(0).isPriorSignFlipped()).isTrue();
        assertThat(a.get(1).getPrior()).isEqualByComparingTo("6000000000");
        assertThat(a.get(1).getRole()).isEqualTo("current");
        StatedChange c = of(f, StatedChange.class).get(0);
        assertThat(c.getPrior()).isEqualByComparingTo("10000000000");
        assertThat(c.getDirection()).isEqualTo("decrease");
    }

    @Test
    void ratioWithItsDefinitionAndMarginForTheSegmentJustStated() {
        List<Object> f = read("Gearing ratio (calculated by dividing total liabilities by total assets) was approximately 60.00% as at "
                + "31 December 2021 (31 December 2020: 50.00%). The gross profit of the Group\u2019s retail business was RMB2,000,000 "
                + "(2020: RMB1,000,000). The gross profit margin increased from approximately 10.00% to approximately 12.50%.", 2021);
        List<StatedRatio> r = of(f, StatedRatio.class);
        assertThat(r.get(0).getRatioType()).isEqualTo("liabilitiesToAssets");
        assertThat(r.get(0).getValue()).isEqualByComparingTo("60.00");
        assertThat(r.get(0).getPrior()).isEqualByComparingTo("50.00");
        assertThat(r.get(1).getKind()).isEqualTo("margin");
        assertThat(r.get(1).getSegment()).isEqualTo("retail");
        assertThat(r.get(1).getPrior()).isEqualByComparingTo("10.00");
        assertThat(r.get(1).getValue()).isEqualByComparingTo("12.50");
    }

    @Test
    void undrawnFacilitiesInTheWordsOfAUsLiquiditySection() {
        assertThat(of(read("As of December 31, 2022, we had $2.5 billion available under our revolving credit facility.", 2022), UndrawnFacility.class))
                .extracting(u -> u.getAmount().toPlainString()).containsExactly("2500000000");
        assertThat(of(read("As of December 31, 2022, there were no amounts outstanding under our $1.0 billion revolving credit facility.", 2022),
                UndrawnFacility.class)).extracting(u -> u.getAmount().toPlainString()).containsExactly("1000000000");
        assertThat(of(read("As of December 31, 2022, we had $400 million outstanding under our revolving credit facility.", 2022),
                UndrawnFacility.class)).isEmpty();
    }

    @Test
    void compositionsSumsMaturitiesUndrawnAndHeadcount() {
        List<Object> f = read("As at 31 December 2021, the total bank borrowings of the Group were approximately RMB100,000,000 "
                + "(31 December 2020: RMB90,000,000), of which approximately 40.00% were denominated in USD and approximately 60.00% "
                + "were denominated in RMB. All of the borrowings were secured, of which approximately RMB70,000,000 was repayable within "
                + "one year and approximately RMB30,000,000 was repayable after one year but within five years. As at 31 December 2021, "
                + "the banking facilities available to but not utilized by the Group amounted to RMB5,000,000. As at 31 December 2021, the "
                + "total assets of the Group were RMB300,000,000, which included: (1) share capital of RMB100,000,000; (2) reserves of "
                + "RMB(20,000,000); and (3) liabilities of RMB220,000,000. The considerations were RMB1,000, RMB2,000 and RMB3,000, "
                + "respectively, totalling RMB6,000. As at 31 December 2021, the Group employed a total of 500 full-time employees "
                + "(31 December 2020: 450), of which 50 (31 December 2020: 40) were managerial staff.", 2021);
        Composition c = of(f, Composition.class).get(0);
        assertThat(c.getPercents()).extracting(BigDecimal::toPlainString).containsExactly("40.00", "60.00");
        List<StatedSum> sums = of(f, StatedSum.class);
        assertThat(sums).extracting(StatedSum::getWording).containsExactly("of which", "which included", "totalling");
        assertThat(sums.get(1).getParts()).extracting(BigDecimal::toPlainString).containsExactly("100000000", "-20000000", "220000000");
        assertThat(sums.get(2).isExhaustive()).isTrue();
        StatedMaturity m = of(f, StatedMaturity.class).stream().filter(StatedMaturity::isWithinOneYear).findFirst().orElseThrow();
        assertThat(m.getAmount()).isEqualByComparingTo("70000000");
        assertThat(m.getRole()).isEqualTo("current");
        assertThat(of(f, UndrawnFacility.class)).extracting(u -> u.getAmount().toPlainString()).containsExactly("5000000");
        StatedHeadcount h = of(f, StatedHeadcount.class).get(0);
        assertThat(h.getCount()).isEqualByComparingTo("500");
        assertThat(h.getPrior()).isEqualByComparingTo("450");
        assertThat(h.getPart()).isEqualByComparingTo("50");
        assertThat(h.getPartPrior()).isEqualByComparingTo("40");
    }

    @Test
    void perPeriodPairsAreNotAddedUp() {
        List<Object> f = read("At December 31, 2022 and 2021 debt balances totaled $50.0 billion and $48.0 billion, of which $4.0 billion "
                + "and $3.0 billion were classified as short-term.", 2022);
        assertThat(of(f, StatedSum.class)).isEmpty();
        StatedMaturity m = of(f, StatedMaturity.class).get(0);
        assertThat(m.getAmount()).isEqualByComparingTo("4000000000");
        assertThat(m.getRole()).isEqualTo("current");
    }

    @Test
    void quantitiesCarryTheirDisplayedPrecision() {
        List<Quantities.Money> m = Quantities.money("RMB911,727,000 and RMB(283,431,000) and $4.6 billion and RMB6.90 cents and $4,409,772");
        assertThat(m).extracting(x -> x.value().toPlainString()).containsExactly("911727000", "-283431000", "4600000000", "0.069", "4409772");
        assertThat(m).extracting(x -> x.halfUnit().stripTrailingZeros().toPlainString()).containsExactly("500", "500", "50000000", "0.00005", "0.5");
        assertThat(Quantities.percents("approximately 47.92% and 6%")).extracting(p -> p.halfUnit().toPlainString()).containsExactly("0.005", "0.5");
    }
}

package io.tickmark.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodsTest {
    private static Periods.Context ctx() {
        Periods.Context c = new Periods.Context();
        c.currentInstant = "2022-06-30";
        c.openingInstant = "2022-01-01";
        c.currentDuration = "2022-01-01/2022-06-30";
        c.priorDuration = "2021-01-01/2021-06-30";
        return c;
    }

    @Test
    void balancesHaveInstantsAndFlowsDurations() {
        assertThat(Periods.resolve("June 30, 2022", true, ctx())).isEqualTo("2022-06-30");
        assertThat(Periods.resolve("31 December 2019", true, ctx())).isEqualTo("2019-12-31");
        // the unit caption between the month and the year, as a 10-K's balance sheet sets it
        assertThat(Periods.resolve("December 31, (In millions, except share and per share amounts) 2021", true, ctx())).isEqualTo("2021-12-31");
        assertThat(Periods.resolve("June 30, 2023 (Unaudited)", true, ctx())).isEqualTo("2023-06-30");
        assertThat(Periods.resolve("The first half year of 2022", false, ctx())).isEqualTo("2022-01-01/2022-06-30");
        assertThat(Periods.resolve("Years ended September 24, 2022", false, ctx())).isEqualTo("2021-09-25/2022-09-24");
        assertThat(Periods.resolve("Three Months Ended April 30, 2023", false, ctx())).isEqualTo("2023-02-01/2023-04-30");
    }

    @Test
    void relativeHeadersResolveAgainstTheDocumentsPeriods() {
        assertThat(Periods.resolve("Ending balance", true, ctx())).isEqualTo("2022-06-30");
        assertThat(Periods.resolve("Opening balance", true, ctx())).isEqualTo("2022-01-01");
        assertThat(Periods.resolve("Amount incurred in the reporting period", true, ctx())).isEqualTo("2022-01-01/2022-06-30");
        assertThat(Periods.resolve("Amount of previous period", true, ctx())).isEqualTo("2021-01-01/2021-06-30");
    }

    @Test
    void movementColumnsAreNotPeriods() {
        assertThat(Periods.resolve("Increase in the reporting period", true, ctx())).isNull();
        assertThat(Periods.resolve("Amount amortized in the reporting period", true, ctx())).isNull();
        assertThat(Periods.resolve("Book value", true, ctx())).isNull();
    }

    @Test
    void unitsGiveTheScale() {
        assertThat(Units.scaleOf("RMB'000")).isEqualTo(1000);
        assertThat(Units.scaleOf("(In millions, except number of shares)")).isEqualTo(1_000_000);
        assertThat(Units.scaleOf("Ending balance (CNY 10,000)")).isEqualTo(10_000);
        assertThat(Units.scaleOf("In CNY")).isEqualTo(1);
    }

    @Test
    void theCurrencyIsTheOneTheTextMarksMostNotTheFirstItNames() {
        // a US filing that mentions its renminbi exposure before its statements
        assertThat(Units.currencyOf("Our sales in China are denominated in RMB.\n Net sales  $ 1,200  $ 1,100\n Total assets  $ 3,400")).isEqualTo("USD");
        assertThat(Units.currencyOf("Unit: Yuan\n Monetary capital 393,873,930.55\n (US$ 1 = RMB 6.7)  Total RMB 12,000")).isEqualTo("CNY");
        assertThat(Units.currencyOf("HK$'000 ... HK$ 120 ... a loan of US$ 5 million")).isEqualTo("HKD");
        // a tie goes to the renminbi: a Hong Kong listed PRC group names the dollar in passing
        assertThat(Units.currencyOf("RMB 10 million, equivalent to US$ 1.4 million")).isEqualTo("CNY");
        assertThat(Units.currencyOf("no amounts here")).isNull();
    }
}

package io.tickmark.extract;

import io.tickmark.extract.table.NonAdditive;
import io.tickmark.facts.Check;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.report.DocumentReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.tickmark.testing.LayoutFixtures.check;
import static io.tickmark.testing.LayoutFixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Columns whose figures are not footed down the rows although they sit beside amounts that are: a
 * change between two periods (absolute: it foots whenever the two period columns do, which are
 * checked; relative: it is not additive at all), and a balance remaining at each date in a table
 * whose rows are periods (a share repurchase table's "may yet be purchased"). Written small, by us,
 * with figures chosen so that footing such a column fails.
 */
class NonAdditiveColumnsTest {

    /** Every error, of any category (LayoutFixtures.errors keeps only consistency errors). */
    private static List<Finding> errors(DocumentReport r) {
        return r.findings().stream().filter(f -> f.getSeverity().equals("error")).toList();
    }

    private static List<Check> footings(DocumentReport r) {
        return r.checks().stream().filter(c -> c.getRuleId().equals("CON-001")).toList();
    }

    /**
     * Growth rates without a "%" on the cells, under a "% Change" caption set on the line above
     * the year pairs ("21/20", "20/19") that head each column.
     */
    private static final String GROWTH = String.join("\n",
            "Note 5 - Revenues by segment",
            "",
            "                                    Year Ended December 31,                   % Change",
            "(MILLIONS)                      2021         2020         2019          21/20        20/19",
            "  Products                    $ 1,000      $   800      $   700            25           14",
            "  Services                        500          400          300            25           33",
            "  Other                             —            —          100             —         (100)",
            "Total revenues                $ 1,500      $ 1,200      $ 1,100            25            9",
            "");

    @Test
    void growthColumnsHeadedByYearPairsAreNotFooted() {
        Extraction ex = extract(GROWTH);
        assertThat(ex.tables().get(0).getColumns()).hasSize(5);
        DocumentReport r = check(GROWTH);
        assertThat(errors(r)).isEmpty();
        assertThat(footings(r)).hasSize(3).allMatch(Check::isPassed);
    }

    /**
     * A US statement of changes in equity with the number of shares in issue beside the par value
     * ("Common Shares", in millions, then "Common Stock", in dollars): the total column sums the
     * amounts only. Figures follow the layout of a retailer's 10-K.
     */
    private static final String EQUITY_WITH_SHARE_COUNT = String.join("\n",
            "CONSOLIDATED STATEMENTS OF CHANGES IN SHAREHOLDERS' EQUITY",
            "$ and shares in millions",
            "",
            "                                            Common      Common     Paid-In    Retained   Comprehensive       Total",
            "                                            Shares       Stock     Capital    Earnings          Income      Equity",
            "Balances as of February 1, 2020              256.5     $    26     $     —    $  3,158      $      295    $  3,479",
            "Net earnings                                     —           —           —       1,798               —       1,798",
            "Issuance of common stock                       3.5           —          28           —               —          28",
            "Repurchase of common stock                   (3.1)           —        (28)       (290)               —       (318)",
            "Balances as of January 30, 2021              256.9     $    26     $     —    $  4,666      $      295    $  4,987",
            "");

    @Test
    void aColumnOfShareCountsIsReadBothWaysInTheTotalColumn() {
        DocumentReport r = check(EQUITY_WITH_SHARE_COUNT);
        assertThat(errors(r)).as(io.tickmark.testing.LayoutFixtures.dump(r)).isEmpty();
        assertThat(footings(r).stream().filter(c -> c.isPassed()).count()).as(io.tickmark.testing.LayoutFixtures.dump(r)).isGreaterThanOrEqualTo(4);
    }

    /** Percentage changes in a reserve roll-forward, each column headed "Change" over "2022 vs. 2021". */
    private static final String ROLL_FORWARD_CHANGES = String.join("\n",
            "Note 7 - Credit loss reserves",
            "",
            "                                                                           Change          Change",
            "(Millions)                           2022        2021        2020   2022 vs. 2021   2021 vs. 2020",
            "Beginning balance                 $ 3,000     $ 5,000     $ 4,000             (40)             25",
            "  Provisions                        1,500         200       3,400             650            (94)",
            "  Net write-offs                     (800)       (700)     (1,800)             14            (61)",
            "  Other                               (10)     (1,500)       (600)            (99)           150",
            "Ending balance                    $ 3,690     $ 3,000     $ 5,000              23            (40)",
            "");

    @Test
    void changeColumnsOfARollForwardAreNotFooted() {
        DocumentReport r = check(ROLL_FORWARD_CHANGES);
        assertThat(errors(r)).isEmpty();
        assertThat(footings(r)).hasSize(3).allMatch(Check::isPassed);
        // a change is not the fact its row names: it ties to nothing and carries no concept
        assertThat(extract(ROLL_FORWARD_CHANGES).figures()).filteredOn(f -> f.getColumn() >= 3)
                .allMatch(f -> f.getConcept() == null && f.getMeasurement().equals("change"));
    }

    /**
     * A volume/mix analysis: every column is a change, none compares periods stated beside it, so
     * the changes are the table's amounts and are footed down the rows.
     */
    private static final String RATE_VOLUME = String.join("\n",
            "Note 8 - Changes in net interest income",
            "",
            "                                         2022 vs. 2021                         2021 vs. 2020",
            "(Millions)                   Volume change  Mix change  Total change   Volume change  Mix change  Total change",
            "  Loans                                100          50           150              40         (10)           30",
            "  Investment securities                 20          (5)           15              10           2            12",
            "Total interest income                  120          45           165              50          (8)           42",
            "");

    @Test
    void aTableOfChangesOnlyIsFooted() {
        DocumentReport r = check(RATE_VOLUME);
        assertThat(errors(r)).isEmpty();
        assertThat(footings(r)).hasSize(6).allMatch(Check::isPassed);
    }

    /**
     * An absolute "Increase/ (Decrease)" column beside a "% Change" column: the absolute change foots
     * whenever the two years do, so it is not footed again; only the years are.
     */
    private static final String INCREASE_DECREASE = String.join("\n",
            "Note 9 - Operating results",
            "",
            "                                                     Increase/          %",
            "(dollars in thousands)          2014          2013    (Decrease)     Change",
            "  Rental revenue             $ 1,800       $ 1,700       $ 100       5.88 %",
            "  Termination income              20            10          10     100.00 %",
            "Total revenue                  1,820         1,710         110       6.43 %",
            "  Operating expenses             700           690          10       1.45 %",
            "Net operating income         $ 1,120       $ 1,020       $ 100       9.80 %",
            "");

    @Test
    void anIncreaseDecreaseColumnIsNotFootedAgain() {
        DocumentReport r = check(INCREASE_DECREASE);
        assertThat(errors(r)).isEmpty();
        assertThat(footings(r)).isNotEmpty().allMatch(Check::isPassed)
                .allMatch(c -> c.getEvidence().stream().noneMatch(f -> f.getColumnLabel().contains("Decrease")), "no footing in the change column");
    }

    /**
     * A share repurchase table: a "Total" row sums the purchases of the months above it, but the
     * "may yet be purchased" column is the balance remaining at each month end, not a flow.
     */
    private static final String REPURCHASES = String.join("\n",
            "Item 5 - Issuer purchases of equity securities",
            "",
            "                              Total Number                    Total Number of Shares     Maximum Number of",
            "                                 of Shares    Average Price     Purchased as Part of   Shares that may yet be",
            "Period                          Purchased   Paid per Share  Publicly Announced Program  Purchased Under the Program",
            "January                         1,000,000         $ 50.00                 1,000,000             9,000,000",
            "February                          500,000           51.00                   500,000             8,500,000",
            "March                             250,000           52.00                   250,000             8,250,000",
            "Total                           1,750,000         $ 50.57                 1,750,000             8,250,000",
            "");

    @Test
    void aBalanceRemainingUnderAProgramIsNotFootedDownTheMonths() {
        DocumentReport r = check(REPURCHASES);
        assertThat(errors(r)).isEmpty();
        assertThat(footings(r)).hasSize(2).allMatch(Check::isPassed);
    }

    @Test
    void changeHeadersAreRecognisedAndPeriodHeadersAreNot() {
        for (String h : List.of("Change", "% Change", "$ Change", "Change 2022 vs. 2021", "21/20", "Worldwide 20/19",
                "% Change 21/20", "Increase/ (Decrease)", "Increase (Decrease)", "Favorable/(Unfavorable)", "Variance",
                "2022 vs. 2021", "2023 compared to 2022", "Q2 2023 vs. Q2 2022", "Year Ended December 31, Change",
                "Increase/(decrease) $", "Change from prior year", "Increase / (decrease) 2019 v 2018", "Fiscal 2022 vs. Fiscal 2021",
                "% change 21 vs. 20", "2021 Year over Year Percentage Increase (Decrease)", "Better/(Worse)")) {
            assertThat(NonAdditive.changeColumn(h)).as(h).isTrue();
        }
        for (String h : List.of("2021", "Year Ended December 31, 2021", "Three months ended June 30, 2022", "Fiscal 2022",
                "2021/22", "2020/2021", "2024-2025", "2026 - 2027", "December 31, 2022", "12/31/2022", "06/30", "Total",
                "Change in fair value", "Changes in accumulated other comprehensive loss", "Net change", "Exchange differences",
                "Foreign currency translation adjustments", "Year Ended December 31, Worldwide 2020", "Amount", "52 weeks ended",
                "Principal Amount Fixed vs. Floating", "May 30, 2021 Analysis of Change",
                "Cumulative Amount of Fair Value Hedging Adjustment Increase/(Decrease) to Carrying Amount",
                "Sales decreased in 2022 compared to our record year in 2021. 2022")) {
            assertThat(NonAdditive.changeColumn(h)).as(h).isFalse();
        }
    }

    @Test
    void balanceRemainingHeadersAreRecognised() {
        for (String h : List.of("Maximum Number of Shares that may yet be Purchased Under the Program (b)",
                "Approximate Dollar Value \u200eof Shares that May Yet Be \u200ePurchased Under the Program(1)",
                "Approximate dollar value of shares remaining under the program", "Remaining authorization")) {
            assertThat(NonAdditive.remainingColumn(h)).as(h).isTrue();
        }
        for (String h : List.of("Total Number of Shares Purchased", "Remaining principal", "Total", "Remaining performance obligations",
                "Balance at end of year")) {
            assertThat(NonAdditive.remainingColumn(h)).as(h).isFalse();
        }
    }

    @Test
    void figuresOfAPeriodColumnAreAdditive() {
        assertThat(extract(GROWTH).figures()).filteredOn(f -> f.getColumn() < 3).allMatch(Figure::isAdditive)
                .allMatch(f -> f.getMeasurement().equals("stated"));
    }

    @Test
    void lifeInYearsHeadersAreMeasures() {
        for (String h : List.of("Life in Years (3)", "Weighted-average life (in years)", "Useful life in years", "Remaining Life (Years)")) {
            assertThat(io.tickmark.extract.table.NonAdditive.measureColumn(h)).as(h).isTrue();
        }
        for (String h : List.of("Net value", "2023", "Gross value", "Due in 1-3 years")) {
            assertThat(io.tickmark.extract.table.NonAdditive.measureColumn(h)).as(h).isFalse();
        }
    }

    /**
     * An equity statement whose group caption over a share count and its amount names an amount
     * ("Additional Paid-In Capital & Common Stock" over "Shares" and "Amount"): the caption nearest
     * the figures says what they are, so the share count stays out of the total column.
     */
    private static final String EQUITY_UNDER_A_CAPITAL_CAPTION = String.join("\n",
            "CONSOLIDATED STATEMENTS OF CHANGES IN SHAREHOLDERS' EQUITY",
            "",
            "                                                Additional Paid-In                                  Accumulated",
            "                                                     Capital &                                          Other            Total",
            "                                                 Common Stock          Treasury Stock      Retained    Comprehensive   Shareholders'",
            "(shares in thousands, amounts in millions)          Shares    Amount     Shares    Amount      Earnings          Loss           Equity",
            "Balance at February 1, 2020                      104,188   $   764         —     $    —      $ 2,103     $        (394)   $     2,473",
            "Net income                                             —         —         —          —          323                —             323",
            "Issued under director and stock plans                297         7         —          —            —                —               7",
            "Shares repurchased                                     —         —     (1,500)      (60)           —                —             (60)",
            "Balance at January 30, 2021                      104,485   $   771     (1,500)   $  (60)     $ 2,426     $        (394)   $     2,743",
            "");

    @Test
    void aShareCountUnderACapitalCaptionIsNotFootedIntoTheTotal() {
        DocumentReport r = check(EQUITY_UNDER_A_CAPITAL_CAPTION);
        assertThat(errors(r)).isEmpty();
        assertThat(footings(r)).filteredOn(c -> c.getKey().contains(":columns:")).isNotEmpty().allMatch(Check::isPassed);
    }

    @Test
    void theCaptionNearestTheFiguresNamesACount() {
        for (String h : List.of("Additional Paid-In Capital & Common Stock Shares", "Common Stock Shares", "Treasury Stock Shares", "Shares")) {
            assertThat(NonAdditive.countColumn(h)).as(h).isTrue();
        }
        for (String h : List.of("Additional Paid-In Capital & Common Stock Amount", "Common Stock Shares Amount", "Proceeds from issuance of shares",
                "Additional Paid-In Capital")) {
            assertThat(NonAdditive.countColumn(h)).as(h).isFalse();
        }
    }
}

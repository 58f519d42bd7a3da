package io.tickmark.extract.structure;

import io.tickmark.facts.Check;
import io.tickmark.report.DocumentReport;
import io.tickmark.testing.LayoutFixtures;
import org.junit.jupiter.api.Test;

import static io.tickmark.testing.LayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cash-flow statements as US filers word them (written small, by us): sections named without
 * "activities" ("Net cash from operations", "Net cash used in financing"), a net change named
 * "Net change in cash", opening cash printed above the first section, restricted cash in the
 * balances' names. Such statements were once read without a concept on their last lines, so the
 * net change and the closing balance were never checked (three calibration 10-Ks had no cash-flow
 * check at all). Each relation is now verified, and a slip in any line is reported.
 */
class CashFlowTotalsLayoutTest {

    static final String SECTIONS_WITHOUT_ACTIVITIES = String.join("\n",
            "CASH FLOWS STATEMENTS",
            "",
            "(In millions)",
            "Year Ended June 30,                                                                 2022            2021            2020",
            "Operations",
            "  Net income                                                              $       72,738  $       61,271  $       42,281",
            "  Adjustments to reconcile net income to net cash from operations:",
            "    Depreciation, amortization, and other                                         14,460          11,686          12,796",
            "    Stock-based compensation expense                                               7,502           6,118           5,289",
            "    Deferred income taxes                                                        (5,702)           (150)              11",
            "  Changes in operating assets and liabilities:",
            "    Accounts receivable                                                          (6,834)         (6,481)         (2,577)",
            "    Accounts payable                                                               2,943           2,798           3,018",
            "    Other current liabilities                                                      2,344           4,149           1,346",
            "      Net cash from operations                                                    87,451          79,391          62,164",
            "Financing",
            "  Repayments of debt                                                             (9,023)         (3,750)         (5,518)",
            "  Common stock repurchased                                                      (32,696)        (27,385)        (22,968)",
            "  Common stock cash dividends paid                                              (18,135)        (16,521)        (15,137)",
            "      Net cash used in financing                                                (59,854)        (47,656)        (43,623)",
            "Investing",
            "  Additions to property and equipment                                           (23,886)        (20,622)        (15,441)",
            "  Purchases of investments                                                      (26,456)        (62,924)        (77,190)",
            "  Sales of investments                                                            19,031          65,800          80,775",
            "      Net cash used in investing                                                (31,311)        (17,746)        (11,856)",
            "Effect of foreign exchange rates on cash and cash equivalents                      (141)            (29)           (201)",
            "Net change in cash and cash equivalents                                          (3,855)          13,960           6,484",
            "Cash and cash equivalents, beginning of period                                    31,786          17,826          11,342",
            "Cash and cash equivalents, end of period                                  $       27,931  $       31,786  $       17,826",
            "");

    static final String OPENING_CASH_ON_TOP = String.join("\n",
            "CONSOLIDATED STATEMENTS OF CASH FLOWS",
            "(in millions)",
            "",
            "                                                                        Year Ended December 31,",
            "                                                                                    2020            2021",
            "CASH, CASH EQUIVALENTS, AND RESTRICTED CASH, BEGINNING OF PERIOD          $       36,410  $       48,493",
            "OPERATING ACTIVITIES:",
            "  Net income                                                                      21,331          33,364",
            "  Adjustments to reconcile net income to net cash from operating activities:",
            "    Depreciation and amortization                                                 25,251          34,296",
            "    Stock-based compensation                                                       9,208          12,757",
            "  Changes in operating assets and liabilities:",
            "    Inventories                                                                  (2,849)         (9,487)",
            "    Accounts payable                                                              17,480           3,602",
            "  Net cash provided by (used in) operating activities                             70,421          74,532",
            "INVESTING ACTIVITIES:",
            "  Purchases of property and equipment                                           (40,140)        (61,053)",
            "  Proceeds from property and equipment sales and incentives                        5,096           5,657",
            "  Purchases of marketable securities                                            (72,479)        (60,157)",
            "  Sales and maturities of marketable securities                                   50,237          59,384",
            "  Net cash provided by (used in) investing activities                           (57,286)        (56,169)",
            "FINANCING ACTIVITIES:",
            "  Proceeds from long-term debt                                                    10,525          19,003",
            "  Repayments of long-term debt                                                   (1,553)         (1,590)",
            "  Principal repayments of finance leases                                        (10,642)        (11,163)",
            "  Net cash provided by (used in) financing activities                            (1,670)           6,250",
            "Foreign currency effect on cash, cash equivalents, and restricted cash               618           (364)",
            "Net increase (decrease) in cash, cash equivalents, and restricted cash            12,083          24,249",
            "CASH, CASH EQUIVALENTS, AND RESTRICTED CASH, END OF PERIOD                $       48,493  $       72,742",
            "");

    @Test
    void sectionsNamedWithoutActivitiesAndTheClosingBalanceAreVerified() {
        DocumentReport r = check(SECTIONS_WITHOUT_ACTIVITIES);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(outcome(r, "unverified")).as(dump(r)).isZero();
        for (String total : new String[] {"Net cash from operations", "Net cash used in financing", "Net cash used in investing",
                "Net change in cash and cash equivalents", "Cash and cash equivalents, end of period"}) {
            assertThat(r.checks().stream().filter(c -> c.isPassed() && totalOf(c).equals(total)).count()).as(total + "\n" + dump(r)).isEqualTo(3);
        }
    }

    @Test
    void aWrongClosingBalanceIsReported() {
        DocumentReport r = check(SECTIONS_WITHOUT_ACTIVITIES.replace("$       27,931", "$       27,981"));
        assertThat(r.checks().stream().filter(c -> "failed".equals(c.getOutcome())).map(LayoutFixtures::totalOf)).as(dump(r))
                .containsExactly("Cash and cash equivalents, end of period");
    }

    @Test
    void aWrongExchangeEffectFailsTheNetChange() {
        DocumentReport r = check(SECTIONS_WITHOUT_ACTIVITIES.replace("(141)", "(181)"));
        assertThat(r.checks().stream().filter(c -> "failed".equals(c.getOutcome())).map(LayoutFixtures::totalOf)).as(dump(r))
                .containsExactly("Net change in cash and cash equivalents");
    }

    @Test
    void openingCashAboveTheSectionsAndRestrictedCashAreVerified() {
        DocumentReport r = check(OPENING_CASH_ON_TOP);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(outcome(r, "unverified")).as(dump(r)).isZero();
        assertThat(r.checks().stream().filter(c -> c.isPassed() && c.getKey().contains(":linkbase:CF-END@")).count()).as(dump(r)).isEqualTo(2);
        assertThat(r.checks().stream().filter(c -> c.isPassed() && c.getKey().contains(":linkbase:CF-NET@")).count()).as(dump(r)).isEqualTo(2);
    }

    @Test
    void aWrongOpeningBalanceIsReported() {
        DocumentReport r = check(OPENING_CASH_ON_TOP.replace("$       48,493\n", "$       48,443\n"));
        assertThat(r.checks().stream().filter(c -> "failed".equals(c.getOutcome())).map(Check::getKey)).as(dump(r))
                .anyMatch(k -> k.contains(":linkbase:CF-END@2021"));
    }

    @Test
    void sectionsNamedTotalCashAndAnExchangeEffectNamedShortAreTied() {
        String worded = SECTIONS_WITHOUT_ACTIVITIES
                .replace("Net cash used in financing" + " ".repeat(13), "Total cash used in financing activities")
                .replace("Effect of foreign exchange rates on cash and cash equivalents", "Effect of exchange rate changes" + " ".repeat(30));
        DocumentReport r = check(worded);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(r.checks().stream().filter(c -> c.isPassed() && c.getKey().contains(":linkbase:CF-NET@")).count()).as(dump(r)).isEqualTo(3);
    }
}

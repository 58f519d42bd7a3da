package io.tickmark.extract.structure;

import io.tickmark.report.DocumentReport;
import org.junit.jupiter.api.Test;

import static io.tickmark.testing.LayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result lines of an income statement with no "Total" line among them (written small, by us, the
 * figures after a US retailer's): gross profit, operating income, earnings before tax and net
 * earnings, each from the result above it and the lines between. Expenses are printed positive and
 * subtracted, the other income lines are printed with their signs, and the last result mixes both
 * (tax subtracted, equity income added), so each result has readings and the figures pick one.
 */
class ProfitChainLayoutTest {

    static final String EARNINGS = String.join("\n",
            "Consolidated Statements of Earnings",
            "$ in millions, except per share amounts",
            "",
            "Fiscal Years Ended                                                               January 29,         January 30,         February 1,",
            "                                                                                        2022                2021                2020",
            "Revenue                                                                   $           51,761  $           47,262  $           43,638",
            "Cost of sales                                                                         40,121              36,689              33,590",
            "Gross profit                                                                          11,640              10,573              10,048",
            "Selling, general and administrative expenses                                           8,635               7,928               7,998",
            "Restructuring charges                                                                   (34)                 254                  41",
            "Operating income                                                                       3,039               2,391               2,009",
            "Other income (expense):",
            "  Investment income and other                                                             10                  38                  47",
            "  Interest expense                                                                      (25)                (52)                (64)",
            "Earnings before income tax expense and equity in income of affiliates                  3,024               2,377               1,992",
            "Income tax expense                                                                       574                 579                 452",
            "Equity in income of affiliates                                                             4                   —                  12",
            "Net earnings                                                              $            2,454  $            1,798  $            1,552",
            "");

    @Test
    void everyResultLineIsVerified() {
        DocumentReport r = check(EARNINGS);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(outcome(r, "unverified")).as(dump(r)).isZero();
        for (String result : new String[] {"Gross profit", "Operating income", "Earnings before income tax expense and equity in income of affiliates",
                "Net earnings"}) {
            assertThat(r.checks().stream().filter(c -> c.isPassed() && totalOf(c).equals(result)).count()).as(result + "\n" + dump(r)).isEqualTo(3);
        }
    }

    @Test
    void aWrongExpenseLineIsReportedOnTheResultBelowIt() {
        DocumentReport r = check(EARNINGS.replace("8,635", "8,665"));
        assertThat(errors(r)).as(dump(r)).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("Operating income"));
    }

    @Test
    void aWrongTaxLineIsReportedOnNetEarnings() {
        DocumentReport r = check(EARNINGS.replace("579", "589"));
        assertThat(errors(r)).as(dump(r)).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("Net earnings"));
    }

    @Test
    void aSubtotalNotNamedAsOneLeavesTheResultUnverifiedNotFailed() {
        // "Selling, general and administrative expenses" repeated below its parts as their subtotal:
        // no reading of operating income foots, and none is confirmed anywhere
        String withSubtotal = EARNINGS.replace(
                "Restructuring charges                                                                   (34)                 254                  41",
                "Restructuring charges                                                                   (34)                 254                  41\n"
                        + "Selling, general and administrative expenses and charges                              8,601               8,182               8,039");
        DocumentReport r = check(withSubtotal);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(r.checks().stream().filter(c -> c.getKey().contains(":rows:") && totalOf(c).equals("Operating income")).allMatch(c -> "unverified".equals(c.getOutcome()))).as(dump(r)).isTrue();
    }

    // Interest shown as a captioned group closed by its net line, then a line of other losses
    static final String INTEREST_GROUP = String.join("\n",
            "Condensed Consolidated Statements of Income",
            "(Amounts in millions)                                               2024           2023",
            "Total revenues                                                   152,301        141,569",
            "Costs and expenses:",
            "     Cost of sales                                               115,284        106,847",
            "     Operating, selling, general and administrative expenses      30,777         29,404",
            "Operating income                                                   6,240          5,318",
            "Interest:",
            "     Debt                                                            568            372",
            "     Finance lease                                                    96             83",
            "     Interest income                                                (107)           (36)",
            "         Interest, net                                               557            419",
            "Other (gains) and losses                                           2,995          1,998",
            "Income before income taxes                                         2,688          2,901",
            "");

    @Test
    void aCaptionedGroupClosedByItsNetLineCountsOnce() {
        DocumentReport r = check(INTEREST_GROUP);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(r.checks().stream().filter(c -> c.isPassed() && totalOf(c).equals("Income before income taxes")).count()).as(dump(r)).isEqualTo(2);
    }

    // Net income, the non-controlling interests' share, and the parent's: a result below a result
    static final String ATTRIBUTABLE = String.join("\n",
            "Consolidated Statements of Earnings",
            "(In millions)                                                            2022           2021",
            "Net sales                                                              18,993         18,127",
            "Cost of sales                                                          12,590         11,678",
            "Operating profit                                                        6,403          6,449",
            "Interest, net                                                             380            420",
            "Earnings before income taxes and after-tax earnings from joint ventures 6,023          6,029",
            "Income taxes                                                              586          1,127",
            "After-tax earnings from joint ventures                                    111            117",
            "Net earnings, including earnings attributable to noncontrolling interests 5,548        5,019",
            "Net earnings attributable to noncontrolling interests                      35             33",
            "Net earnings attributable to the Company                                5,513          4,986",
            "");

    @Test
    void theParentsShareIsNetIncomeLessTheNonControllingInterests() {
        DocumentReport r = check(ATTRIBUTABLE);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(outcome(r, "unverified")).as(dump(r)).isZero();
        for (String result : new String[] {"Net earnings, including earnings attributable to noncontrolling interests",
                "Net earnings attributable to the Company"}) {
            assertThat(r.checks().stream().filter(c -> c.isPassed() && totalOf(c).equals(result)).count()).as(result + "\n" + dump(r)).isEqualTo(2);
        }
        DocumentReport slip = check(ATTRIBUTABLE.replace("4,986", "4,996"));
        assertThat(errors(slip)).as(dump(slip)).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("attributable to the Company"));
    }
}

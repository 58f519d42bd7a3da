package io.tickmark.extract.structure;

import io.tickmark.engine.RuleEngine;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.text.TextExtractor;
import io.tickmark.facts.Check;
import io.tickmark.facts.Finding;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.tickmark.testing.LayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layouts whose structure the checker once read wrongly (written small, by us): each clean version
 * has no error-level failure, and the same layout with one figure changed is still caught.
 */
class StructureLayoutTest {

    // A note whose grand total follows a section header and a subtotal: "Total" is the current
    // subtotal plus the non-current items, not the non-current items alone.
    static final String GRAND_TOTAL = String.join("\n",
            "5. Deferred revenue",
            "",
            "                                                         December 31,",
            "(in millions)                                       2022           2021",
            "Current:",
            "   Subscription                                      120            100",
            "   Services                                           30             25",
            "      Total current                                  150            125",
            "Non-current:",
            "   Subscription                                       60             50",
            "   Services                                           10              5",
            "Total                                                220            180",
            "");

    @Test
    void aGrandTotalAfterASectionHeaderAndASubtotalSumsEverySection() {
        DocumentReport r = check(GRAND_TOTAL);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aWrongGrandTotalOverSectionsIsStillReported() {
        DocumentReport r = check(GRAND_TOTAL.replace("Total                                                220", "Total                                                230"));
        assertThat(errors(r)).as(dump(r)).hasSize(1);
    }

    // A deferred tax note: "Gross deferred tax assets" (no "Total") sums the lines above it, and
    // "Total deferred tax assets" is that subtotal less the valuation allowance.
    static final String SUBTOTAL_IN_SECTION = String.join("\n",
            "9. Income taxes",
            "",
            "(in millions)                                       2022           2021",
            "Deferred tax assets:",
            "   Net operating loss carryforwards                  100             90",
            "   Accrued liabilities                                50             40",
            "   Gross deferred tax assets                         150            130",
            "   Valuation allowance                               (30)           (20)",
            "Total deferred tax assets                            120            110",
            "");

    @Test
    void aSubtotalInsideItsOwnSectionIsNotSummedWithItsParts() {
        DocumentReport r = check(SUBTOTAL_IN_SECTION);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aWrongTotalAfterASubtotalInItsSectionIsNotPassed() {
        DocumentReport r = check(SUBTOTAL_IN_SECTION.replace("Total deferred tax assets                            120", "Total deferred tax assets                            125"));
        assertThat(passed(r, "CON-001")).as(dump(r)).isEqualTo(1);
        assertThat(r.checks()).as(dump(r)).anyMatch(c -> c.getRuleId().matches("CON-00[13]") && !c.isPassed());
    }

    // A revenue table with a "% of total" column: the percentages are never summed, the amounts are.
    static final String PERCENT_COLUMN = String.join("\n",
            "3. Revenue",
            "",
            "(in millions)                          2022     % of Total      2021     % of Total",
            "Subscription                            600           60%       500           62%",
            "Services                                300           30%       250           31%",
            "Other                                   100           10%        55            7%",
            "Total revenues                        1,000          100%       805          100%",
            "");

    @Test
    void aPercentColumnIsNeverFooted() {
        DocumentReport r = check(PERCENT_COLUMN.replace("62%", "61%"));
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isEqualTo(2);
    }

    @Test
    void aWrongAmountBesideAPercentColumnIsStillCaught() {
        DocumentReport r = check(PERCENT_COLUMN.replace("Services                                300", "Services                                310"));
        assertThat(errors(r)).as(dump(r)).hasSize(1);
    }

    // A named total right under a caption row, with no section header: "Total Product Sales" sums
    // the lines between the caption and it.
    static final String CAPTION_OVER_TOTAL = String.join("\n",
            "4. Net product sales",
            "",
            "                                                Year Ended December 31,",
            "(in thousands)                                  2022           2021",
            "Product sales by product",
            "   Alpha                                        100,000        90,000",
            "   Beta                                          50,000        45,000",
            "   Gamma                                         27,216        20,000",
            "Total Product Sales                             177,216       155,000",
            "");

    @Test
    void aNamedTotalUnderACaptionRowIsFooted() {
        DocumentReport r = check(CAPTION_OVER_TOTAL);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isEqualTo(2);
    }

    @Test
    void aWrongNamedTotalUnderACaptionRowIsCaught() {
        DocumentReport r = check(CAPTION_OVER_TOTAL.replace("27,216", "27,186"));
        assertThat(errors(r)).as(dump(r)).hasSize(1);
    }

    // Non-operating lines after operating income: "Total non-operating income (expense)" sums
    // the lines since operating income, not operating income itself.
    static final String NON_OPERATING = String.join("\n",
            "CONSOLIDATED STATEMENTS OF OPERATIONS",
            "(in millions)",
            "                                                Year Ended December 31,",
            "                                                2022           2021",
            "Net sales                                       1,000            900",
            "Operating expenses:",
            "   Cost of sales                                  600            550",
            "   Selling and administrative                     200            180",
            "      Total operating expenses                    800            730",
            "Operating income                                  200            170",
            "Interest income                                    10              8",
            "Interest expense                                  (30)           (25)",
            "Other income (expense), net                         5             (3)",
            "      Total non-operating income (expense)        (15)           (20)",
            "Income before income taxes                        185            150",
            "Provision for income taxes                        (40)           (30)",
            "Net income                                        145            120",
            "");

    @Test
    void nonOperatingTotalDoesNotTakeOperatingIncomeAsAPart() {
        DocumentReport r = check(NON_OPERATING);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(r.checks()).as(dump(r)).anyMatch(c -> c.getKey().contains(":rows:9") && c.isPassed());
    }

    @Test
    void aWrongNonOperatingTotalIsNeverPassed() {
        // Two readings (the lines since operating income, or operating income and them): neither
        // foots, so the total is recorded as unverified in the coverage, not passed.
        DocumentReport r = check(NON_OPERATING.replace("Other income (expense), net                         5", "Other income (expense), net                        15"));
        assertThat(r.checks()).as(dump(r)).noneMatch(c -> c.getKey().contains(":rows:9") && c.getKey().contains("2022") && c.isPassed());
        assertThat(r.checks()).as(dump(r)).anyMatch(c -> c.getKey().contains(":rows:9") && c.getOutcome().equals("unverified"));
    }

    // The tax provision printed negative and subtracted again: net income = income before taxes
    // plus the provision as shown.
    @Test
    void aProvisionPrintedNegativeIsNotSubtractedTwice() {
        DocumentReport r = check(NON_OPERATING);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(r.checks()).as(dump(r)).noneMatch(c -> !c.isPassed() && c.getRuleId().equals("CON-001"));
    }

    // A lease schedule read as a chain of deductions: the line after "Less imputed interest" is the
    // running balance (gross less interest), and the total is that balance less the current portion;
    // no line is named "Total" or "Net" until the last.
    static final String DEDUCTION_CHAIN = String.join("\n",
            "Long-term finance lease obligations are as follows (in millions):",
            "",
            "                                                                   December 31, 2016",
            "Gross finance lease obligations                                   $        9,406",
            "Less imputed interest                                                       (329)",
            "Present value of net minimum lease payments                                9,077",
            "Less current portion of finance lease obligations                         (3,997)",
            "Total long-term finance lease obligations                         $        5,080",
            "");

    @Test
    void aLineAfterADeductionMayBeTheRunningBalance() {
        DocumentReport r = check(DEDUCTION_CHAIN);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isEqualTo(1);
    }

    @Test
    void aWrongTotalAfterADeductionChainIsNeverPassed() {
        DocumentReport r = check(DEDUCTION_CHAIN.replace("$        5,080", "$        5,180"));
        assertThat(passed(r, "CON-001")).as(dump(r)).isZero();
        assertThat(r.checks()).as(dump(r)).anyMatch(c -> !c.isPassed() && c.getRuleId().startsWith("CON-00"));
    }

    // A schedule whose groups close with unlabelled subtotal lines (figures under a run of items, no
    // words) and a grand total: the figures line is the group's subtotal, not the row of the caption
    // that follows it.
    static final String UNLABELLED_SUBTOTALS = String.join("\n",
            "The following represents the outstanding principal balances at December 31, 2015:",
            "",
            "                                           Principal       Fair Value        Carrying",
            "Properties                                    Amount       Adjustment          Amount",
            "Wholly-owned",
            "North Tower                              $   750,000     $         —     $   750,000",
            "Harbour Square                               211,250           2,249         213,499",
            "University Place                              10,788              —           10,788",
            "                                             972,038           2,249         974,287",
            "Joint ventures",
            "Fifth Avenue                               1,300,000          77,986       1,377,986",
            "Lexington Avenue                             699,061              —          699,061",
            "                                           1,999,061          77,986       2,077,047",
            "Total                                    $ 2,971,099     $    80,235     $ 3,051,334",
            "");

    @Test
    void anUnlabelledLineUnderItemsIsTheirSubtotal() {
        DocumentReport r = check(UNLABELLED_SUBTOTALS);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aWrongUnlabelledSubtotalIsStillReported() {
        DocumentReport r = check(UNLABELLED_SUBTOTALS.replace("972,038", "972,938"));
        assertThat(errors(r)).as(dump(r)).isNotEmpty();
    }
}

package io.tickmark.extract.structure;

import io.tickmark.facts.Figure;
import io.tickmark.report.DocumentReport;
import io.tickmark.testing.LayoutFixtures;
import org.junit.jupiter.api.Test;

import static io.tickmark.testing.LayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A balance sheet as most US filers lay it out (written small, by us): no line for non-current
 * assets or liabilities, a captioned section with its own total inside current assets. Its totals
 * are left to the linkbase, whose relations need lines this layout does not have; they were once
 * not checked at all (total assets, total liabilities, total equity and the balance sheet equation
 * on 22 of 27 calibration filings). Each is now verified, and a slip in any of them is reported.
 */
class StatementTotalsLayoutTest {

    static final String BALANCE = String.join("\n",
            "                               Consolidated Balance Sheet",
            "(Dollars in millions)                                               2023            2022",
            "Assets",
            "Current assets",
            "  Cash and cash equivalents                               $        1,200  $        1,100",
            "  Accounts receivable — net                                          800             750",
            "  Inventories",
            "    Finished goods                                                   400             380",
            "    Work in process                                                  300             290",
            "    Raw materials and supplies                                       100              90",
            "  Total inventories                                                  800             760",
            "  Prepaids                                                           150             140",
            "  Other current assets                                                50              60",
            "    Total current assets                                           3,000           2,810",
            "Property, plant and equipment                                      3,100           3,000",
            "  Less: Accumulated depreciation                                  (1,100)         (1,010)",
            "    Property, plant and equipment — net                            2,000           1,990",
            "Goodwill                                                           1,000           1,000",
            "      Total assets                                        $        6,000  $        5,800",
            "Liabilities",
            "Current liabilities",
            "  Accounts payable                                        $          900  $          850",
            "  Accrued payroll                                                    300             310",
            "    Total current liabilities                                      1,200           1,160",
            "Long-term debt                                                     1,800           1,840",
            "      Total liabilities                                            3,000           3,000",
            "Equity",
            "Company shareholders’ equity:",
            "  Common stock                                                        10              10",
            "  Retained earnings                                                2,980           2,780",
            "    Total Company shareholders’ equity                             2,990           2,790",
            "Noncontrolling interest                                               10              10",
            "    Total equity                                                   3,000           2,800",
            "      Total liabilities and equity                        $        6,000  $        5,800",
            "");

    @Test
    void everyTotalOfTheBalanceSheetIsVerified() {
        DocumentReport r = check(BALANCE);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(outcome(r, "unverified")).as(dump(r)).isZero();
        for (String total : new String[] {"Total inventories", "Total current assets", "Total assets", "Total current liabilities",
                "Total liabilities", "Total Company shareholders’ equity", "Total equity"}) {
            // each footed once a year (the equation below also starts from total assets)
            assertThat(r.checks().stream().filter(c -> c.isPassed() && totalOf(c).equals(total) && !c.getKey().contains(":BS-EQN@")).count())
                    .as(total + "\n" + dump(r)).isEqualTo(2);
        }
        // the equation of the two sides, and liabilities and equity as the sum of both
        assertThat(r.checks().stream().filter(c -> c.isPassed() && c.getKey().contains(":linkbase:BS-EQN@")).count()).as(dump(r)).isEqualTo(2);
        assertThat(r.checks().stream().filter(c -> c.isPassed() && c.getKey().contains(":linkbase:BS-TLE@")).count()).as(dump(r)).isEqualTo(2);
    }

    @Test
    void aWrongTotalAssetsIsReported() {
        DocumentReport r = check(BALANCE.replace("Total assets                                        $        6,000",
                "Total assets                                        $        6,010"));
        assertThat(errors(r)).as(dump(r)).isNotEmpty();
        assertThat(r.checks().stream().filter(c -> "failed".equals(c.getOutcome()) && totalOf(c).equals("Total assets")).count()).as(dump(r)).isEqualTo(1);
        assertThat(r.checks().stream().filter(c -> "failed".equals(c.getOutcome()) && c.getKey().contains(":linkbase:BS-EQN@2023")).count()).as(dump(r)).isEqualTo(1);
    }

    @Test
    void aSlipInsideTheNestedSectionFailsItsTotalAndNotTheOuterOne() {
        DocumentReport r = check(BALANCE.replace("Work in process                                                  300",
                "Work in process                                                  310"));
        assertThat(r.checks().stream().filter(c -> "failed".equals(c.getOutcome())).map(LayoutFixtures::totalOf)).as(dump(r))
                .containsExactly("Total inventories");
    }

    @Test
    void aWrongEquityLineIsReported() {
        DocumentReport r = check(BALANCE.replace("Retained earnings                                                2,980",
                "Retained earnings                                                2,890"));
        assertThat(r.checks().stream().filter(c -> "failed".equals(c.getOutcome())).map(LayoutFixtures::totalOf)).as(dump(r))
                .contains("Total Company shareholders’ equity");
    }

    @Test
    void aCaptionAfterALineEndingInNetIsNotPartOfItsLabel() {
        assertThat(extract(BALANCE).figures().stream().map(Figure::getLabel))
                .contains("Accounts receivable — net")
                .noneMatch(l -> l.contains("Inventories") && !l.equals("Total inventories"));
    }

    @Test
    void totalLiabilitiesOverACaptionedLongTermSectionIsVerified() {
        String captioned = BALANCE.replace(
                "Long-term debt                                                     1,800           1,840",
                "Long-term liabilities:\n"
                        + "  Long-term debt                                                   1,500           1,540\n"
                        + "  Deferred revenue                                                   300             300");
        DocumentReport r = check(captioned);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(r.checks().stream().filter(c -> c.isPassed() && totalOf(c).equals("Total liabilities")).count()).as(dump(r)).isEqualTo(2);
        DocumentReport slip = check(captioned.replace("Deferred revenue                                                   300             300",
                "Deferred revenue                                                   300             310"));
        assertThat(slip.checks().stream().filter(c -> "failed".equals(c.getOutcome())).map(LayoutFixtures::totalOf)).as(dump(slip))
                .contains("Total liabilities");
    }
}

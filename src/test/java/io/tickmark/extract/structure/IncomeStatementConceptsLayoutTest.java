package io.tickmark.extract.structure;

import io.tickmark.report.DocumentReport;
import org.junit.jupiter.api.Test;

import static io.tickmark.testing.LayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An income statement that opens with a bare "Revenue" line and names its pre-tax result "Earnings
 * before income tax expense" (written small, by us). Gross profit and net earnings are checked
 * against the linkbase once those lines carry their concepts; a slip in either is reported.
 */
class IncomeStatementConceptsLayoutTest {

    // the cover's form name marks the US GAAP wording (Framework.detect)
    static final String EARNINGS = String.join("\n",
            "Annual Report on Form 10-K (excerpt)",
            "",
            "Consolidated Statements of Earnings",
            "$ in millions, except per share amounts",
            "",
            "Fiscal Years Ended                                                           January 29,     January 30,     February 1,",
            "                                                                                    2022            2021            2020",
            "Revenue                                                                   $       51,761  $       47,262  $       43,638",
            "Cost of sales                                                                     40,121          36,689          33,590",
            "Gross profit                                                                      11,640          10,573          10,048",
            "Selling, general and administrative expenses                                       8,635           7,928           7,998",
            "Restructuring charges                                                               (34)             254              41",
            "Operating income                                                                   3,039           2,391           2,009",
            "Other income (expense):",
            "  Investment income and other                                                         10              38              47",
            "  Interest expense                                                                  (25)            (52)            (64)",
            "Earnings before income tax expense                                                 3,024           2,377           1,992",
            "Income tax expense                                                                   574             579             452",
            "Net earnings                                                              $        2,450  $        1,798  $        1,540",
            "");

    @Test
    void grossProfitAndNetEarningsAreVerified() {
        DocumentReport r = check(EARNINGS);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(r.checks().stream().filter(c -> c.isPassed() && c.getKey().contains(":linkbase:US-GP@")).count()).as(dump(r)).isEqualTo(3);
        assertThat(r.checks().stream().filter(c -> c.isPassed() && c.getKey().contains(":linkbase:US-NI@")).count()).as(dump(r)).isEqualTo(3);
    }

    @Test
    void aWrongGrossProfitIsReported() {
        DocumentReport r = check(EARNINGS.replace("11,640", "11,690"));
        assertThat(r.checks().stream().filter(c -> "failed".equals(c.getOutcome())).map(c -> c.getKey()))
                .as(dump(r)).anyMatch(k -> k.contains(":linkbase:US-GP@"));
    }

    @Test
    void aWrongTaxLineIsReported() {
        DocumentReport r = check(EARNINGS.replace("574", "584"));
        assertThat(r.checks().stream().filter(c -> "failed".equals(c.getOutcome())).map(c -> c.getKey()))
                .as(dump(r)).anyMatch(k -> k.contains(":linkbase:US-NI@"));
    }
}

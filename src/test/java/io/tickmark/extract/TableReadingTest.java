package io.tickmark.extract;

import io.tickmark.facts.Figure;
import io.tickmark.report.DocumentReport;
import org.junit.jupiter.api.Test;


import static io.tickmark.testing.LayoutFixtures.check;
import static io.tickmark.testing.LayoutFixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

/** Layouts the seeds show, written small: wrapped labels, page breaks, column drift, movements. */
class TableReadingTest {

    private static final String NOTE = String.join("\n",
            "1. Monetary capital",
            "",
            "                                                                            In CNY",
            "              Items                          Ending balance          Opening balance",
            "",
            "  Cash in stock                                    175,028.83              108,612.08",
            "",
            "  Bank deposit held with the",
            "                                               392,393,331.66          188,908,798.10",
            "  group's banks",
            "",
            "                                                                                  12",
            "  Other Monetary Funds                 1,305,570.06    21,237,326.96",
            "",
            "  Total                                393,873,930.55  210,254,737.14",
            "");

    @Test
    void labelsWrappedAroundTheirFiguresAndColumnsThatDriftAfterAPageBreakAreRead() {
        Extraction ex = extract(NOTE);
        assertThat(ex.figures()).extracting(Figure::getLabel).contains("Bank deposit held with the group's banks", "Other Monetary Funds");
        assertThat(ex.figures()).filteredOn(f -> f.getLabel().equals("Other Monetary Funds"))
                .extracting(Figure::getColumnLabel).containsExactly("Ending balance", "Opening balance");
        assertThat(ex.issues()).isEmpty();
        DocumentReport r = check(NOTE);
        assertThat(r.checks()).filteredOn(c -> c.getRuleId().equals("CON-001")).hasSize(2).allMatch(c -> c.isPassed());
    }

    @Test
    void aChangedFigureIsCaught() {
        DocumentReport r = check(NOTE.replace("1,305,570.06", "1,305,670.06"));
        assertThat(r.findings()).anyMatch(f -> f.getRuleId().equals("CON-001") && f.getSeverity().equals("error"));
    }

    @Test
    void movementSchedulesFootOpeningPlusIncreasesMinusDecreases() {
        String text = String.join("\n",
                "21. Fixed asset",
                "                                                                         In CNY",
                "      Items                 Plant & buildings        Motor vehicle          Total",
                "  1. Opening",
                "                              408,187,709.06         14,780,510.38     422,968,219.44",
                "  balance",
                "  2. Amount",
                "  increased in the                118,161.68                                118,161.68",
                "  reporting period",
                "  (1) Purchase                        550.00                                    550.00",
                "  (2) Change of",
                "  the exchange                    117,611.68                                117,611.68",
                "  rate",
                "  3. Amount",
                "  decreased in the                 36,450.82                                 36,450.82",
                "  reporting period",
                "  4. Ending",
                "                              408,269,419.92         14,780,510.38     423,049,930.30",
                "  balance",
                "");
        DocumentReport r = check(text);
        assertThat(r.findings()).filteredOn(f -> f.getSeverity().equals("error")).isEmpty();
        assertThat(r.checks()).extracting(c -> c.getKey().split("@")[0]).anyMatch(k -> k.endsWith(":rows:5")); // ending balance
        assertThat(r.passed()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void nothingReadableMeansAnExtractionFindingNotACleanReport() {
        DocumentReport r = check("This page has words and no tables.\nNothing else.\n");
        assertThat(r.findings()).anyMatch(f -> f.getRuleId().equals("EXT-002"));
    }
}

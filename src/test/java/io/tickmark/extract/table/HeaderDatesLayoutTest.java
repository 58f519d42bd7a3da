package io.tickmark.extract.table;

import io.tickmark.extract.Extraction;
import io.tickmark.facts.Figure;
import io.tickmark.testing.LayoutFixtures;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The dates a balance sheet's columns stand for, where its header sets month and year apart. */
class HeaderDatesLayoutTest {

    private static Set<String> balancePeriods(Extraction ex) {
        return ex.figures().stream().filter(f -> "balance".equals(f.getStatement())).map(Figure::getPeriod)
                .map(String::valueOf).collect(Collectors.toSet());
    }

    @Test
    void aMonthAndDayInTheStubDateTheYearsOverTheColumns() {
        Extraction ex = LayoutFixtures.extract("""
                                                 Consolidated Balance Sheets
                                         ($ in millions, except share and per share data)
                As of June 30,                                                            2024               2023
                                                 Assets
                Current assets:
                Cash and cash equivalents                                              $            775   $            850
                Trade receivables, net                                                            1,935              1,864
                Total current assets                                                              2,710              2,714
                """);
        assertThat(balancePeriods(ex)).containsExactlyInAnyOrder("2024-06-30", "2023-06-30");
    }

    @Test
    void aUnitCaptionBetweenTheMonthAndTheYearsPartsNeither() {
        Extraction ex = LayoutFixtures.extract("""
                Consolidated Balance Sheets                        Riverside Glass Incorporated

                                                                        December 31,
                                (In millions, except share amounts)     2024          2023

                Assets
                Current assets:
                    Cash and cash equivalents                       $  2,148      $  2,672
                    Inventories, net                                   2,481         2,438
                Total current assets                                   4,629         5,110
                """);
        assertThat(balancePeriods(ex)).containsExactlyInAnyOrder("2024-12-31", "2023-12-31");
    }

    @Test
    void datesOverAUnitCaptionSetOverTheColumnsHeadThem() {
        Extraction ex = LayoutFixtures.extract("""
                                                          Harbour Lights Trading Inc.
                                                          CONSOLIDATED BALANCE SHEET
                                                                                                     December 31,
                                                                                              2024                   2023
                                                                                            (In millions, except par value)
                                                 ASSETS
                Current assets:
                      Cash and cash equivalents                                      $              1,379     $             1,101
                      Short-term investments                                                        5,944                   2,392
                Total current assets                                                                7,323                   3,493
                """);
        assertThat(balancePeriods(ex)).containsExactlyInAnyOrder("2024-12-31", "2023-12-31");
    }

    @Test
    void aUnitCaptionUnderTheYearsNamesNoColumn() {
        // "except for per share amounts" in a column's name would make it a per-share column, and its rows would not foot
        String text = """
                                          CONSOLIDATED STATEMENTS OF OPERATIONS
                                                                                        2024                  2023
                                                                                (in thousands, except for per share amounts)
                Revenue
                     Base rent                                                   $   1,964,732         $   1,886,339
                     Recoveries from tenants                                           355,508               339,365
                Total revenue                                                        2,320,240             2,225,704
                """;
        assertThat(LayoutFixtures.extract(text).tables().get(0).getColumns()).containsExactly("2024", "2023");
        assertThat(LayoutFixtures.passed(LayoutFixtures.check(text), "CON-001")).isGreaterThanOrEqualTo(2);
    }
}

package io.tickmark.extract;

import io.tickmark.extract.table.StatementKind;
import io.tickmark.facts.TableInfo;
import org.junit.jupiter.api.Test;

import static io.tickmark.extract.table.StatementKind.BALANCE_SHEET;
import static io.tickmark.extract.table.StatementKind.CASH_FLOW;
import static io.tickmark.extract.table.StatementKind.COMPREHENSIVE_INCOME;
import static io.tickmark.extract.table.StatementKind.EQUITY;
import static io.tickmark.extract.table.StatementKind.INCOME;
import static io.tickmark.testing.LayoutFixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

/** Statement titles as unseen filings print them, and tables that only look like statements. */
class StatementDetectionTest {

    @Test
    void titlesWhoseGlyphsWereSplitStillNameTheirStatement() {
        assertThat(StatementKind.ofLine("CONSOLIDATED STATEMENTS OF INCOM E")).isEqualTo(INCOME);
        assertThat(StatementKind.ofLine("Consolidated B alance S heets")).isEqualTo(BALANCE_SHEET);
        assertThat(StatementKind.ofLine("Consolidated Statements of Cash F lows")).isEqualTo(CASH_FLOW);
    }

    @Test
    void titlesWithATypoOrATabStillNameTheirStatement() {
        assertThat(StatementKind.ofLine("Consolidated Statments of Operations")).isEqualTo(INCOME);
        assertThat(StatementKind.ofLine("Consolidated Balance Sheest")).isEqualTo(BALANCE_SHEET);
        assertThat(StatementKind.ofLine("Consolidated\tStatements of Cash Flows")).isEqualTo(CASH_FLOW);
    }

    @Test
    void titlesInTheWordsOfOtherFilers() {
        assertThat(StatementKind.ofLine("CASH FLOWS STATEMENTS")).isEqualTo(CASH_FLOW);
        assertThat(StatementKind.ofLine("STOCKHOLDERS’ EQUITY STATEMENTS")).isEqualTo(EQUITY);
        assertThat(StatementKind.ofLine("COMPREHENSIVE INCOME STATEMENTS")).isEqualTo(COMPREHENSIVE_INCOME);
        assertThat(StatementKind.ofLine("CONSOLIDATED STATEMENTS OF CHANGES IN COMMON STOCKHOLDERS’ INVESTMENT")).isEqualTo(EQUITY);
        assertThat(StatementKind.ofLine("Consolidated Statements of Total Equity and Redeemable Interest")).isEqualTo(EQUITY);
        assertThat(StatementKind.ofLine("Consolidated Balance Sheets (continued)")).isEqualTo(BALANCE_SHEET);
        assertThat(StatementKind.ofLine("Consolidated Statements of Cash Flows - Continued")).isEqualTo(CASH_FLOW);
    }

    @Test
    void aTitleBesideTheCompanysNameOnOneLine() {
        assertThat(StatementKind.ofLine("Consolidated Statements of Income                     Acme Widgets Incorporated and Subsidiary Companies"))
                .isEqualTo(INCOME);
        assertThat(StatementKind.ofLine("Consolidated Statements of Income                     Page 65")).isNull();
        assertThat(StatementKind.ofLine("Balance sheets          Statements of cash flows")).isNull();
    }

    @Test
    void linesThatMerelyMentionAStatementAreNotTitles() {
        assertThat(StatementKind.ofLine("Statement of income tax expense")).isNull();
        assertThat(StatementKind.ofLine("Balance sheet data:")).isNull();
        assertThat(StatementKind.ofLine("Total stockholders’ equity")).isNull();
        assertThat(StatementKind.ofLine("Statements of investments")).isNull();
        assertThat(StatementKind.ofLine("in our consolidated balance sheets.")).isNull();
    }

    @Test
    void aStatementContinuedOnTheNextPageIsOneTable() {
        String text = String.join("\n",
                "CONSOLIDATED BALANCE SHEETS",
                "(in millions)",
                "                                                     2023        2022",
                "Current assets:",
                "  Cash                                                 100          90",
                "  Receivables                                          200         180",
                "  Total current assets                                 300         270",
                "Property and equipment                                 700         630",
                "Total assets                                         1,000         900",
                "\f",
                "CONSOLIDATED BALANCE SHEETS (continued)",
                "(in millions)",
                "                                                2023        2022",
                "Current liabilities:",
                "  Payables                                        150         140",
                "  Accrued                                          50          60",
                "  Total current liabilities                       200         200",
                "Long-term debt                                    300         300",
                "Total liabilities                                 500         500",
                "Shareholders’ equity                              500         400",
                "Total liabilities and shareholders’ equity      1,000         900",
                "");
        Extraction ex = extract(text);
        assertThat(ex.tables()).filteredOn(t -> t.getStatement().equals("balance")).hasSize(1)
                .first().extracting(TableInfo::getRowsRead).isEqualTo(12);
    }

    @Test
    void aFiveYearSummaryUnderAStatementHeadingIsNotThatStatement() {
        String text = String.join("\n",
                "CONSOLIDATED BALANCE SHEETS",
                "",
                "Five-year summary (in millions)          2023      2022      2021      2020      2019",
                "  Total assets                          1,000       900       800       700       600",
                "  Long-term debt                          300       300       250       200       200",
                "  Total equity                            500       400       350       300       250",
                "");
        Extraction ex = extract(text);
        assertThat(ex.tables()).noneMatch(t -> t.getStatement().equals("balance"));
        assertThat(ex.tables()).anyMatch(t -> t.getStatement().equals("note"));
    }

    /**
     * A long statement whose label runs over 85 characters on one line after the fortieth line:
     * the label is not running text, and the statement goes on to its last row.
     */
    @Test
    void aLongLabelLineInsideALongStatementDoesNotEndIt() {
        StringBuilder text = new StringBuilder("CONSOLIDATED STATEMENTS OF CASH FLOWS\n(in millions)\n");
        text.append("                                                                                      2023        2022\n");
        for (int i = 1; i <= 45; i++) {
            text.append(String.format("  Operating item number %-2d                                                            %5d       %5d%n", i, i, i));
        }
        text.append("  Effect of changes in exchange rates on cash, cash equivalents and restricted cash held abroad\n");
        text.append("                                                                                          7           7\n");
        for (int i = 1; i <= 10; i++) {
            text.append(String.format("  Financing item number %-2d                                                            %5d       %5d%n", i, i, i));
        }
        text.append("See accompanying notes.\n");
        Extraction ex = extract(text.toString());
        assertThat(ex.tables()).filteredOn(t -> t.getStatement().equals("cashflow")).hasSize(1).first()
                .satisfies(t -> {
                    assertThat(t.getRowsWithFigures()).isEqualTo(56);
                    assertThat(t.getRowsRead()).isEqualTo(56);
                });
        assertThat(ex.tables()).noneMatch(t -> t.getStatement().equals("note"));
    }

    /** Captions over groups of columns ("Three months ended", "Six months ended") name every column of their group. */
    @Test
    void captionsOverGroupsOfColumnsGiveEachColumnItsPeriod() {
        String text = String.join("\n",
                "Consolidated Statements of Income                                         Example Incorporated and Subsidiary Companies",
                "(Unaudited; in millions)",
                "",
                "                                                     Three months ended                 Six months ended",
                "                                                          June 30,                          June 30,",
                "                                                   2023             2022             2023             2022",
                "Net sales                                    $     3,243 $         3,615    $       6,421 $          7,295",
                "Cost of sales                                      2,230           2,369            4,405            4,766",
                "Gross margin                                       1,013           1,246            2,016            2,529",
                "Net income                                           303             584              494            1,187",
                "");
        Extraction ex = extract(text);
        assertThat(ex.figures()).filteredOn(f -> f.getLabel().equals("Net income"))
                .extracting(f -> f.getPeriod() + "=" + f.getValue().toPlainString())
                .containsExactly("2023-04-01/2023-06-30=303", "2022-04-01/2022-06-30=584", "2023-01-01/2023-06-30=494",
                        "2022-01-01/2022-06-30=1187");
    }
}

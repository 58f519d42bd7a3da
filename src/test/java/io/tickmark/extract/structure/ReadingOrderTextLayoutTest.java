package io.tickmark.extract.structure;

import io.tickmark.extract.Extraction;
import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.table.StackedCells;
import io.tickmark.facts.Check;
import io.tickmark.report.DocumentReport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.tickmark.testing.LayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text written in reading order rather than laid out ({@code pdftotext} without {@code -layout}, a
 * copy from a viewer): a table's cells follow one another down the page, one per line, at the
 * margin where the labels start. Read as tables, every run of figures was an unlabelled subtotal
 * of the row above it, and over the calibration filings written so nine checks in ten failed.
 * Written small, by us: such a table is reported as not read, and the same statement laid out is
 * read and footed.
 */
class ReadingOrderTextLayoutTest {

    static final String BALANCE_SHEET = String.join("\n",
            "HARBOUR LIGHTS INC.",
            "CONSOLIDATED BALANCE SHEETS",
            "(in millions)",
            "December 31,",
            "2022",
            "",
            "2021",
            "",
            "Current assets:",
            "Cash and cash equivalents",
            "",
            "$",
            "",
            "1,200",
            "",
            "$",
            "",
            "1,000",
            "",
            "Accounts receivable, net",
            "",
            "300",
            "",
            "250",
            "",
            "Inventories",
            "",
            "450",
            "",
            "400",
            "",
            "Total current assets",
            "",
            "1,950",
            "",
            "1,650",
            "",
            "Property and equipment, net",
            "",
            "2,100",
            "",
            "2,000",
            "",
            "Total assets",
            "",
            "$",
            "",
            "4,050",
            "",
            "$",
            "",
            "3,650",
            "",
            "Note 2 — Earnings per share",
            "Basic and diluted earnings per share were as follows:",
            "Year Ended December 31,",
            "2022",
            "2021",
            "Basic earnings per share",
            "",
            "$",
            "",
            "5.11",
            "",
            "$",
            "",
            "4.80",
            "");

    static final String LAID_OUT = String.join("\n",
            "HARBOUR LIGHTS INC.",
            "CONSOLIDATED BALANCE SHEETS",
            "(in millions)                                 December 31,",
            "                                             2022         2021",
            "Current assets:",
            "  Cash and cash equivalents              $  1,200      $  1,000",
            "  Accounts receivable, net                    300           250",
            "  Inventories                                 450           400",
            "Total current assets                        1,950         1,650",
            "Property and equipment, net                 2,100         2,000",
            "Total assets                             $  4,050      $  3,650",
            "");

    /** A page number, then the cells of two per-share rows one per line, their labels on an earlier page. */
    static final String STRAY_CELLS = String.join("\n",
            "Note 2 — Earnings per share",
            "Anti-dilutive awards excluded from the calculation of diluted earnings per share were immaterial in the periods presented.",
            "70",
            "",
            "$",
            "$",
            "",
            "4.11",
            "4.06",
            "");

    @Test
    void aStatementInReadingOrderIsReportedNotRead() {
        Extraction ex = extract(BALANCE_SHEET);
        assertThat(ex.tables()).isEmpty();
        assertThat(ex.issues()).filteredOn(i -> i.getWhat().startsWith("tables not laid out in columns")).singleElement()
                .satisfies(i -> assertThat(i.getText()).startsWith("1 table(s): CONSOLIDATED BALANCE SHEETS (lines "));
        DocumentReport r = check(BALANCE_SHEET);
        assertThat(errors(r)).isEmpty();
        assertThat(r.findings()).anyMatch(f -> f.getRuleId().equals("EXT-002"));
    }

    @Test
    void theSameStatementLaidOutIsReadAndFooted() {
        DocumentReport r = check(LAID_OUT);
        assertThat(extract(LAID_OUT).issues()).isEmpty();
        // total current assets and total assets, each year
        assertThat(r.checks()).filteredOn(c -> c.getRuleId().equals("CON-001")).hasSize(4).allMatch(Check::isPassed);
    }

    @Test
    void aFigureAloneAtTheLabelsMarginIsNoSubtotal() {
        assertThat(errors(check(STRAY_CELLS))).isEmpty();
        assertThat(extract(STRAY_CELLS).issues()).anyMatch(i -> i.getWhat().startsWith("figure at the labels' margin"));
    }

    @Test
    void exhibitNumbersAloneOnTheirLinesAreNoStackedCells() {
        List<LayoutLine> lines = new ArrayList<>();
        String[] text = {"     Exhibit", "     Number          Description", "       3.1", "                     Restated Articles of Incorporation",
                "       3.2", "                     Bylaws, as amended", "      10.1", "                     Credit Agreement dated as of May 1, 2022"};
        for (int i = 0; i < text.length; i++) lines.add(LayoutLine.of(1, i + 1, text[i]));
        assertThat(StackedCells.stacked(lines)).isFalse();
        List<LayoutLine> amounts = new ArrayList<>();
        String[] cells = {"Accounts receivable, net", "1,300", "1,250", "Inventories", "2,450", "2,400"};
        for (int i = 0; i < cells.length; i++) amounts.add(LayoutLine.of(1, i + 1, cells[i]));
        assertThat(StackedCells.stacked(amounts)).isTrue();
    }
}

package io.tickmark.extract.structure;

import io.tickmark.extract.Extraction;
import io.tickmark.facts.Figure;
import io.tickmark.report.DocumentReport;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.tickmark.testing.LayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layout text from a PDF (pdftotext -layout) places each word by where it starts, in a character grid,
 * so right-aligned figures do not end in one character column: a single digit ends a few characters
 * right of the wide figures above it, and a total line widened by its "$" signs drifts right, further
 * the more signs come before. Written small, by us, as text extractors lay out an equity statement
 * and a benefit-cost note.
 */
class DriftedFiguresLayoutTest {

    /** Single digits ("7", "9", "4") four characters right of their column's wider figures. */
    static final String EQUITY = String.join("\n",
            "Consolidated Statement of Changes in Equity",
            "(in millions)",
            "",
            "                                               Share        Treasury        Retained           Total",
            "                                             capital          shares        earnings          equity",
            "Balance at January 1, 2023                   1,204          (3,118)         12,406          10,492",
            "Net income                                       —               —           2,871           2,871",
            "Share options exercised                              7           —               —                   7",
            "Shares bought back                               —            (406)              —            (406)",
            "Dividends paid                                   —               —          (1,150)         (1,150)",
            "Balance at December 31, 2023                 1,211          (3,524)         14,127          11,814",
            "Net income                                       —               —           3,015           3,015",
            "Share options exercised                              9           —               —                   9",
            "Shares issued for an acquisition                     4           —               —                   4",
            "Dividends paid                                   —               —          (1,204)         (1,204)",
            "Balance at December 31, 2024                 1,224          (3,524)         15,938          13,638",
            "");

    @Test
    void narrowFiguresSetOffTheirColumnAreReadIntoIt() {
        Extraction ex = extract(EQUITY);
        assertThat(ex.tables()).hasSize(1);
        assertThat(ex.tables().get(0).getColumns()).as("no column of shifted digits").hasSize(4);
        List<Figure> options = ex.figures().stream()
                .filter(f -> f.getLabel().equals("Share options exercised") && f.getValue().signum() != 0).toList();
        assertThat(options).extracting(Figure::getColumn).containsOnly(0, 3);
        DocumentReport r = check(EQUITY);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isGreaterThanOrEqualTo(8);
    }

    @Test
    void aMisstatedBalanceIsStillCaught() {
        DocumentReport r = check(EQUITY.replace("13,638", "13,683"));
        assertThat(errors(r)).as(dump(r)).isNotEmpty();
        assertThat(errors(r)).allSatisfy(f -> assertThat(f.getMessage()).contains("13,683"));
    }

    /**
     * Two columns whose figures share lines are two columns, however close: a narrow "Units" column
     * four characters from an amount column is not merged into it.
     */
    static final String CLOSE_COLUMNS = String.join("\n",
            "7. Inventories",
            "(in millions)",
            "",
            "                                              Amount  Units",
            "Raw materials                                  1,204     12",
            "Work in progress                                 306      3",
            "Finished goods                                 2,118     21",
            "Total inventories                              3,628     36",
            "");

    @Test
    void columnsSharingLinesAreNotMerged() {
        Extraction ex = extract(CLOSE_COLUMNS);
        assertThat(ex.tables().get(0).getColumns()).hasSize(2);
        assertThat(ex.figures().stream().filter(f -> f.getLabel().equals("Total inventories")).map(Figure::getColumn))
                .containsExactlyInAnyOrder(0, 1);
    }

    /**
     * Two years' roll-forwards stacked under one heading, each laid out on its own: the lower one's
     * columns end two to five characters left of the upper one's (its totals four), its caption
     * lines repeated.
     */
    static final String STACKED = String.join("\n",
            "Note 4. Accumulated Other Comprehensive Loss",
            "",
            "                                                  Currency          Cash Flow           Pension",
            "(Amounts in millions)                          Translation             Hedges         Liability              Total",
            "Balances as of January 1, 2024                 $   (4,210)        $      (318)      $      (21)      $      (4,549)",
            "Other comprehensive income (loss)                      388                (52)               4                340",
            "Reclassifications to income, net                        —                  19               —                  19",
            "Balances as of March 31, 2024                  $   (3,822)        $      (351)      $      (17)      $      (4,190)",
            "",
            "                                                  Currency          Cash Flow           Pension",
            "(Amounts in millions)                          Translation             Hedges         Liability              Total",
            "Balances as of January 1, 2023                 $ (3,905)        $    (290)       $    (26)        $    (4,221)",
            "Other comprehensive income (loss)                   112              (31)               2                 83",
            "Reclassifications to income, net                      —                 9               1                 10",
            "Balances as of March 31, 2023                  $ (3,793)        $    (312)       $    (23)        $    (4,128)",
            "");

    @Test
    void stackedTablesLaidOutApartShareTheirColumns() {
        Extraction ex = extract(STACKED);
        assertThat(ex.tables()).singleElement().satisfies(t -> assertThat(t.getColumns()).hasSize(4));
        DocumentReport r = check(STACKED);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        // four roll-forward columns a year, and the total column across each of the eight rows
        assertThat(passed(r, "CON-001")).as(dump(r)).isGreaterThanOrEqualTo(16);
    }

    /**
     * The lower table under captions of its own (not a repeat of the upper's): a table of its own,
     * its columns not taken for the upper one's.
     */
    @Test
    void aStackedTableUnderCaptionsOfItsOwnKeepsItsColumns() {
        int second = STACKED.lastIndexOf("(Amounts in millions)");
        String retitled = STACKED.substring(0, second) + "Year ended March 31, 2023 (as restated)      Translation "
                + STACKED.substring(second + "(Amounts in millions)                          Translation ".length());
        Extraction ex = extract(retitled);
        // the lower table's columns ending four or five characters off stay apart (its first, two off,
        // is one column with the upper one's by the usual gap)
        assertThat(ex.tables()).singleElement().satisfies(t -> assertThat(t.getColumns()).hasSize(7));
    }

    /** The total line, widened by six "$" signs, ends 1 to 9 characters right of the columns above it. */
    static final String BENEFIT_COST = String.join("\n",
            "11. Retirement benefits",
            "",
            "The components of net periodic benefit cost were (in millions):",
            "",
            "                                                     Pension benefits          Other benefits              Total",
            "                                                   2024          2023          2024          2023       2024         2023",
            "Service cost                                     $    31       $    28       $     4       $     3     $    35       $    31",
            "Interest cost                                         44            29             6             5          50            34",
            "Expected return on plan assets                       (51)          (47)                                    (51)          (47)",
            "Amortization of net loss (gain)                        3             8            (2)           (1)          1             7",
            "Total net periodic benefit cost                   $    27        $    18         $     8        $     7       $    35         $    25",
            "");

    @Test
    void aDriftingTotalLineIsReadIntoTheColumnsInOrder() {
        Extraction ex = extract(BENEFIT_COST);
        List<Figure> total = ex.figures().stream().filter(f -> f.getLabel().equals("Total net periodic benefit cost")).toList();
        assertThat(total).extracting(Figure::getColumn).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(total).extracting(Figure::getValue).extracting(BigDecimal::intValueExact)
                .containsExactly(27, 18, 8, 7, 35, 25);
        assertThat(ex.issues()).as("no figure off the grid").noneMatch(i -> i.getWhat().contains("column"));
        DocumentReport r = check(BENEFIT_COST);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isEqualTo(6);
        DocumentReport wrong = check(BENEFIT_COST.replace("$    27        $", "$    37        $"));
        assertThat(errors(wrong)).as(dump(wrong)).isNotEmpty();
    }

    /**
     * Drift past the next column (the last figure 17 characters right of its column, the next column
     * 14 away): read in order while it grows figure by figure from a first figure near its column.
     */
    @Test
    void aDriftAccumulatingPastTheNextColumnIsReadInOrder() {
        String far = BENEFIT_COST.replace(
                "Total net periodic benefit cost                   $    27        $    18         $     8        $     7       $    35         $    25",
                "Total net periodic benefit cost                   $    27         $    18          $     8          $     7         $    35           $    25");
        Extraction ex = extract(far);
        assertThat(columns(ex, "Total net periodic benefit cost"))
                .containsExactly(0, 1, 2, 3, 4, 5);
        DocumentReport r = check(far);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isEqualTo(6);
    }

    /**
     * A line with fewer figures than the columns keeps each figure in its nearest column: nothing
     * says which columns a drifted partial line would fill.
     */
    @Test
    void aPartialLineIsNotReadInOrder() {
        String partial = BENEFIT_COST.replace(
                "Amortization of net loss (gain)                        3             8            (2)           (1)          1             7",
                "Amortization of net loss (gain)                        3             8                                       3             8");
        Extraction ex = extract(partial);
        assertThat(columns(ex, "Amortization of net loss (gain)"))
                .containsExactly(0, 1, 4, 5);
    }

    /** The columns the figures of the rows labelled {@code label} were read into, in reading order. */
    private static List<Integer> columns(Extraction ex, String label) {
        return ex.figures().stream().filter(f -> f.getLabel().equals(label)).map(Figure::getColumn).toList();
    }
}

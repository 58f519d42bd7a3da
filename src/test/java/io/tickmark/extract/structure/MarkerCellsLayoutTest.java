package io.tickmark.extract.structure;

import io.tickmark.extract.Extraction;
import io.tickmark.facts.Figure;
import io.tickmark.report.DocumentReport;
import org.junit.jupiter.api.Test;

import static io.tickmark.testing.LayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A footnote marker standing alone in a figure's column ("(b)" under "Current", its footnote saying
 * the figure is not available): the table shows no figure there, so the row's total cannot be
 * footed across it. Written small, by us, as an aging table of receivables is laid out, with the
 * markers under three of the five columns of the last row of each group.
 */
class MarkerCellsLayoutTest {

    static final String AGING = String.join("\n",
            "4. Loans and receivables aging",
            "",
            "                                                                            90+",
            "                                                  30-59        60-89    Days Past",
            "2024 (Millions)                     Current   Days Past Due  Days Past Due       Due        Total",
            "Loans:",
            "Consumer                          $  71,204     $     233     $     170     $   301    $  71,908",
            "Small Business                       19,880            64            41          70       20,055",
            "Corporate (a)                           (b)           (b)           (b)           —           47",
            "Receivables:",
            "Consumer                             20,115            72            49          97       20,333",
            "Small Business                    $  16,902     $     101     $      58     $    93    $  17,154",
            "Corporate (a)                           (b)           (b)           (b)   $      71    $  13,502",
            "",
            "(a) Delinquency of corporate accounts is tracked by days past billing.",
            "(b) Delinquency data other than 90+ days past billing is not available.",
            "");

    @Test
    void markersInFigureColumnsAreCellsNotLabelWords() {
        Extraction ex = extract(AGING);
        assertThat(ex.figures()).noneMatch(f -> f.getLabel().contains("(b)"));
        assertThat(ex.figures().stream().filter(f -> f.getLabel().equals("Corporate (a)")).map(Figure::getColumn).toList())
                .as(ex.figures().toString()).contains(3, 4);
    }

    /** Markers set on a line of their own above the figures they mark: no row, no cells. */
    static final String MARKERS_ABOVE = String.join("\n",
            "5. Reconciliation",
            "",
            "(Millions)                            Segment A     Segment B    Corporate        Total",
            "Restructuring charges                      (61)         (197)           —           (258)",
            "                                                  (j)                                (i)",
            "Other                                      (56)         (292)         (24)          (372)",
            "Total adjustments                         (117)         (489)         (24)          (630)",
            "");

    @Test
    void aLineOfMarkersAloneIsNoRow() {
        Extraction ex = extract(MARKERS_ABOVE);
        assertThat(ex.figures()).noneMatch(f -> f.getLabel().contains("("));
        assertThat(ex.tables()).allSatisfy(t -> assertThat(t.getRowsWithFigures()).isEqualTo(3));
        DocumentReport r = check(MARKERS_ABOVE);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isGreaterThanOrEqualTo(3);
    }

    /**
     * A numbered footnote marker set a few spaces after its figure, inside the figure's cell ("4.04
     * (1)"): the marker, not a second figure of the column, and no extraction warning.
     */
    static final String DIVIDEND_CHARACTER = String.join("\n",
            "6. Income taxes",
            "",
            "The tax character of dividends per share paid was as follows:",
            "",
            "                                       2024                                    2023",
            "Ordinary income             $          2.34        57.92%      $          2.31        48.63%",
            "Capital gain income                    1.70        42.08%                 2.44        51.37%",
            "Total                       $          4.04   (1) 100.00%      $          4.75    (2) 100.00%",
            "",
            "(1) Includes a special dividend of $1.25 per share.",
            "(2) Includes a special dividend of $1.50 per share.",
            "");

    @Test
    void aNumberedMarkerInAFiguresCellIsNoSecondFigure() {
        Extraction ex = extract(DIVIDEND_CHARACTER);
        assertThat(ex.issues()).as("no extraction warning").isEmpty();
        assertThat(ex.figures().stream().filter(f -> f.getLabel().equals("Total")).map(f -> f.getValue().toPlainString()))
                .containsExactly("4.04", "100.00", "4.75", "100.00");
        DocumentReport r = check(DIVIDEND_CHARACTER);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRowWithMarkerCellsIsNotFootedAndTheOthersStillAre() {
        DocumentReport r = check(AGING);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isGreaterThanOrEqualTo(4);
        DocumentReport wrong = check(AGING.replace("20,333", "20,433"));
        assertThat(errors(wrong)).as(dump(wrong)).hasSize(1);
    }
}

package io.tickmark.extract.structure;

import io.tickmark.engine.RuleEngine;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.text.TextExtractor;
import io.tickmark.facts.Check;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static io.tickmark.testing.LayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows whose figures a PDF table reader once left in the label (written small, by us, as the PDF
 * reader lays the lines out): dollar cells set a space apart ("$ 310 $ 320 $ 250"), a negative
 * percentage with its sign set apart ("(3 %)"), dash cells drawn against the next cell's dollar
 * sign ("-$", "12.0$", "$—"), "n/m" cells and their legend under the table. The figures are read
 * into their period columns; where they still cannot be, the row is not taken for a row without
 * figures: the totals over it are not verified and an extraction finding names it.
 */
class GluedCellsLayoutTest {

    private static List<String> figures(Extraction ex, String label) {
        return ex.figures().stream().filter(f -> f.getLabel().equals(label))
                .map(f -> f.getColumn() + "=" + f.getValue().stripTrailingZeros().toPlainString()).toList();
    }

    static final String SEGMENTS = String.join("\n",
            "7. Selling and administrative expenses",
            "",
            "                                      Amount                  Increase/(decrease)",
            "(in millions)                  2022    2021    2020           2022            2021",
            "Segment A                     $ 310  $ 320    $ 250             (3 %)           28 %",
            "Segment B                       400     380     390              5              (3)",
            "Segment C                       150     140     120              7              17",
            "  Total expenses             $  860  $  840  $  760              2%             11 %",
            "");

    static final String FAIR_VALUE = String.join("\n",
            "8. Fair value measurements",
            "",
            "                                        Assets                                  Liabilities",
            "(in millions)                Level 1   Level 2     Total             Level 1   Level 2     Total",
            "Interest rate contracts (a)   $    -$     12.0$     12.0              $    -$    (29.8)$   (29.8)",
            "Foreign exchange contracts         -      26.9      26.9                   -      (4.7)     (4.7)",
            "Total                         $    -$     38.9$     38.9              $    -$    (34.5)$   (34.5)",
            "");

    static final String RENTAL = String.join("\n",
            "9. Rental revenue",
            "",
            "(in thousands)                2014          2013      Change     Sold 2014   Sold 2013",
            "Rental revenue:",
            "",
            "       Rental",
            "       Revenue         $ 1,883,215   $ 1,824,581    $ 58,634          $—       $ 2,248",
            "       Termination",
            "       Income               11,162         2,807       8,355           —             —",
            "Total rental revenue",
            "                         1,894,377     1,827,388      66,989           —         2,248",
            "");

    static final String NOT_SHOWN = String.join("\n",
            "10. Restaurant margins",
            "",
            "(in millions)                     2022        2021        2020          2022        2021",
            "Company-operated:",
            "Region A                      $    429    $    511    $    405           (16 %)       26 %",
            "Region B                           913       1,208         748           (24)         61",
            "Region C                           n/m         n/m         n/m           n/m         n/m",
            "  Total                       $  1,368    $  1,740    $  1,158           (21 %)       50 %",
            "n/m Not meaningful",
            "");

    static final String UNREADABLE = String.join("\n",
            "7. Selling and administrative expenses",
            "",
            "                                      Amount                  Increase/(decrease)",
            "(in millions)                  2022    2021    2020           2022            2021",
            "Segment A $ 310 $ 320 $ 250                               \uFFFD     (3 %)           28 %",
            "Segment B                       400     380     390              5              (3)",
            "Segment C                       150     140     120              7              17",
            "  Total expenses             $  860  $  840  $  760              2%             11 %",
            "");


    @Test
    void dollarCellsSetASpaceApartAndABracketedPercentageAreReadIntoTheirColumns() {
        Extraction ex = extract(SEGMENTS);
        assertThat(figures(ex, "Segment A")).containsExactly("0=310", "1=320", "2=250", "3=-3", "4=28");
        DocumentReport r = check(SEGMENTS);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aWrongTotalOverDollarCellsSetASpaceApartIsStillReported() {
        DocumentReport r = check(SEGMENTS.replace("$  860", "$  870"));
        assertThat(errors(r)).as(dump(r)).hasSize(1);
    }

    @Test
    void dashCellsDrawnAgainstTheNextDollarSignAreCells() {
        Extraction ex = extract(FAIR_VALUE);
        assertThat(ex.figures().stream().filter(f -> f.getLabel().equals("Interest rate contracts (a)")).map(Figure::getValue)
                .map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString).toList())
                .containsExactly("0", "12", "12", "0", "-29.8", "-29.8");
        DocumentReport r = check(FAIR_VALUE);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isGreaterThanOrEqualTo(2);
        DocumentReport wrong = check(FAIR_VALUE.replace("(34.5)$", "(35.5)$"));
        assertThat(errors(wrong)).as(dump(wrong)).isNotEmpty();
    }

    @Test
    void aWrappedLabelsFiguresAndADollarSignAgainstItsDashAreRead() {
        Extraction ex = extract(RENTAL);
        assertThat(ex.figures().stream().filter(f -> f.getLabel().startsWith("Revenue") || f.getLabel().equals("Rental Revenue"))
                .map(f -> f.getValue().toPlainString()).toList()).contains("1883215", "1824581", "58634", "2248");
        assertThat(ex.figures()).noneMatch(f -> f.getLabel().contains("$"));
        DocumentReport r = check(RENTAL);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void notShownCellsLeaveTheTotalUnverifiedAndTheirLegendIsNoLabel() {
        Extraction ex = extract(NOT_SHOWN);
        assertThat(ex.figures()).noneMatch(f -> f.getLabel().contains("n/m"));
        assertThat(ex.relations()).allMatch(rel -> !rel.getDescription().contains("n/m"));
        DocumentReport r = check(NOT_SHOWN);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isZero();
    }

    @Test
    void figuresThatStillCannotBePlacedMakeTheTotalUnverifiedAndAreReported() {
        Extraction ex = extract(UNREADABLE);
        assertThat(ex.issues()).as(ex.issues().toString())
                .anySatisfy(i -> assertThat(i.getText()).contains("Segment A").contains("310"));
        assertThat(ex.relations()).allMatch(rel -> !rel.getDescription().contains("$"));
        DocumentReport r = check(UNREADABLE);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(r.findings()).as(dump(r)).anySatisfy(f -> {
            assertThat(f.getRuleId()).isEqualTo("EXT-001");
            assertThat(f.getMessage()).contains("Segment A");
        });
    }
}

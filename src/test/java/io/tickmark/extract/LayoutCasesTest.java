package io.tickmark.extract;

import io.tickmark.facts.Check;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.report.DocumentReport;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.tickmark.testing.LayoutFixtures.check;
import static io.tickmark.testing.LayoutFixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layouts that unseen filings showed and that were misread: each written small, by us, with the
 * figures chosen so that a misread gives a footing that does not foot or a row that vanishes.
 */
class LayoutCasesTest {

    private static List<Finding> errors(DocumentReport r) {
        return r.findings().stream().filter(f -> f.getSeverity().equals("error")).toList();
    }

    private static List<BigDecimal> values(Extraction ex, String label) {
        return ex.figures().stream().filter(f -> f.getLabel().equals(label)).map(Figure::getValue).toList();
    }

    private static long passedFootings(DocumentReport r) {
        return r.checks().stream().filter(c -> c.getRuleId().equals("CON-001")).filter(Check::isPassed).count();
    }

    /** A note whose negatives are set with a space before the closing parenthesis: "(6 )", "(1,286 )". */
    private static final String SPACED_NEGATIVES = String.join("\n",
            "Note 9 - Other income (expense), net",
            "",
            "                                                   (in thousands)",
            "                                                   2023            2022",
            "  Interest income                                  1,500           1,320",
            "  Foreign exchange losses                          (1,286 )        (6 )",
            "  Other                                            $ (52 )         14",
            "  Total                                            162             1,328",
            "");

    @Test
    void negativesWithASpaceBeforeTheClosingParenthesisAreRead() {
        Extraction ex = extract(SPACED_NEGATIVES);
        assertThat(values(ex, "Foreign exchange losses")).containsExactly(new BigDecimal("-1286"), new BigDecimal("-6"));
        assertThat(values(ex, "Other")).containsExactly(new BigDecimal("-52"), new BigDecimal("14"));
        DocumentReport r = check(SPACED_NEGATIVES);
        assertThat(errors(r)).isEmpty();
        assertThat(passedFootings(r)).isEqualTo(2);
    }

    /** Footnote markers after figures: "1,234(a)", "5,678 (1)", a superscript. */
    private static final String MARKERS = String.join("\n",
            "Note 4 - Accrued liabilities",
            "",
            "                                                   2023            2022",
            "  Compensation                                     1,234(a)        1,100",
            "  Taxes other than income                          5,678 (1)       4,900",
            "  Warranty                                         2,000¹          2,000",
            "  Total                                            8,912           8,000",
            "");

    @Test
    void footnoteMarkersAfterFiguresAreNotFigures() {
        Extraction ex = extract(MARKERS);
        assertThat(values(ex, "Compensation")).containsExactly(new BigDecimal("1234"), new BigDecimal("1100"));
        assertThat(values(ex, "Taxes other than income")).containsExactly(new BigDecimal("5678"), new BigDecimal("4900"));
        assertThat(values(ex, "Warranty")).containsExactly(new BigDecimal("2000"), new BigDecimal("2000"));
        DocumentReport r = check(MARKERS);
        assertThat(errors(r)).isEmpty();
        assertThat(passedFootings(r)).isEqualTo(2);
    }

    /** Dot leaders, as dots and as the letter a PDF font mapped the leader glyph to. */
    private static final String LEADERS = String.join("\n",
            "Note 6 - Inventories",
            "",
            "                                                         2023            2022",
            "  Raw materials .........................................  400             350",
            "  Work in progress . . . . . . . . . . . . . . . . . . .   250             200",
            "  Finished goodsьььььььььььььььььььььььььььььььььььььььь   350             250",
            "  Total ьььььььььььььььььььььььььььььььььььььььььььььььь 1,000             800",
            "");

    @Test
    void dotLeadersAreNotPartOfLabelsOrFigures() {
        Extraction ex = extract(LEADERS);
        assertThat(ex.figures()).extracting(Figure::getLabel).containsOnly("Raw materials", "Work in progress", "Finished goods",
                "Total");
        assertThat(ex.issues()).isEmpty();
        DocumentReport r = check(LEADERS);
        assertThat(errors(r)).isEmpty();
        assertThat(passedFootings(r)).isEqualTo(2);
    }

    /**
     * Thousands grouped with spaces, narrow no-break spaces and apostrophes: the figures must be
     * read, not dropped with the statement they are in.
     */
    @Test
    void thousandsSeparatorsOtherThanCommasAreRead() {
        for (String sep : new String[]{" ", "\u202f", "'", "\u00a0"}) {
            String text = String.join("\n",
                    "Note 3 - Trade receivables",
                    "",
                    "                                                   2023            2022",
                    "  Domestic                                     1#234#567       1#000#000",
                    "  Foreign                                        765#433         500#000",
                    "  Total                                        2#000#000       1#500#000",
                    "").replace("#", sep);
            Extraction ex = extract(text);
            assertThat(values(ex, "Domestic")).as("separator U+%04X", (int) sep.charAt(0))
                    .containsExactly(new BigDecimal("1234567"), new BigDecimal("1000000"));
            DocumentReport r = check(text);
            assertThat(errors(r)).as("separator U+%04X", (int) sep.charAt(0)).isEmpty();
            assertThat(passedFootings(r)).as("separator U+%04X", (int) sep.charAt(0)).isEqualTo(2);
        }
    }

    /**
     * Text whose pages end at page-number lines, with one stray form feed elsewhere: the page numbers
     * must still end their pages, or the columns of two pages (set at different offsets) are mixed.
     */
    @Test
    void aFormFeedElsewhereDoesNotStopPageNumbersEndingPages() {
        String statement = String.join("\n",
                "Note 12 - Property, plant and equipment",
                "",
                "                                              2023          2022",
                "  Land                                       1,000           900",
                "  Buildings                                  2,000         1,900",
                "  Machinery                                  3,000         2,900",
                "",
                "                                                                         14",
                "  Vehicles                          400           300",
                "  Furniture                         600           500",
                "  Total",
                "                                  7,000         6,500",
                "",
                "                                                                         15",
                "");
        String withFormFeed = "Cover page\n\f" + statement + "Notes continue\n";
        DocumentReport clean = check(statement);
        assertThat(errors(clean)).isEmpty();
        DocumentReport r = check(withFormFeed);
        assertThat(errors(r)).isEmpty();
        assertThat(passedFootings(r)).isEqualTo(passedFootings(clean)).isGreaterThanOrEqualTo(2);
    }

    /**
     * The first data row is not a header: a row of nils, and a row whose amounts read like years
     * (a table without thousands separators), stay rows and the total foots over them.
     */
    @Test
    void theFirstDataRowIsNotTakenIntoTheHeader() {
        String text = String.join("\n",
                "Note 8 - Property",
                "",
                "                                                   2023            2022",
                "  Preferred stock                                     —               —",
                "  Land                                             2045            1998",
                "  Buildings                                         955             502",
                "  Total                                            3000            2500",
                "");
        Extraction ex = extract(text);
        assertThat(values(ex, "Land")).containsExactly(new BigDecimal("2045"), new BigDecimal("1998"));
        assertThat(ex.figures()).filteredOn(f -> f.getLabel().equals("Land")).extracting(Figure::getColumnLabel)
                .containsExactly("2023", "2022");
        DocumentReport r = check(text);
        assertThat(errors(r)).isEmpty();
        assertThat(passedFootings(r)).isEqualTo(2);
    }

    /**
     * Two tables of one note on consecutive pages: the second, with captions of its own at the top
     * of its page, is not joined to the first (whose columns it does not share).
     */
    @Test
    void aTableOnTheNextPageWithItsOwnCaptionsIsNotJoinedToTheOneAbove() {
        String text = String.join("\n",
                "Note 7 - Leases",
                "",
                "                                                   2023            2022",
                "  Operating lease cost                              120             110",
                "  Finance lease cost                                 30              20",
                "  Total                                             150             130",
                "",
                "                                                                          41",
                "",
                "                                          Operating          Finance          Weighted",
                "  Lease liabilities due in 2024                  50               10",
                "  Lease liabilities due in 2025                  40                8",
                "  Lease liabilities due in 2026                  30                5",
                "  Total                                         120               23",
                "",
                "                                                                          42",
                "");
        Extraction ex = extract(text);
        assertThat(ex.tables()).hasSize(2);
        DocumentReport r = check(text);
        assertThat(errors(r)).isEmpty();
        assertThat(passedFootings(r)).isEqualTo(4);
    }
}

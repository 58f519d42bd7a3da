package io.tickmark.extract.structure;

import io.tickmark.extract.Extraction;
import io.tickmark.report.DocumentReport;
import org.junit.jupiter.api.Test;

import static io.tickmark.testing.LayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filing's table of contents and its exhibit index set numbers in columns, but page and exhibit
 * numbers are no figures: read as tables, every exhibit number was a figure without a label. Written
 * small, by us, as 10-Ks lay them out; beside them, tables of amounts that look like them in part
 * are still read.
 */
class NavigationTablesLayoutTest {

    static final String CONTENTS = String.join("\n",
            "                                   TABLE OF CONTENTS",
            "Item Number                                                                     Page",
            "                                        PART I",
            " 1.             Business                                                           1",
            " 1A.            Risk Factors                                                      14",
            " 1B.            Unresolved Staff Comments                                         31",
            " 2.             Properties                                                        31",
            " 3.             Legal Proceedings                                                 32",
            "                                        PART II",
            " 5.             Market for Registrant's Common Equity                             33",
            " 7.             Management's Discussion and Analysis                              35",
            " 8.             Financial Statements and Supplementary Data                       52",
            "");

    static final String EXHIBITS = String.join("\n",
            "Item 15. Exhibits",
            "",
            "   Exhibit",
            "   Number                Description",
            "     3.1                 Restated Articles of Incorporation of Harbour Lights Inc. (incorporated by",
            "                         reference to Exhibit 3.1 to the Company's Form 10-Q for the quarter ended June 30, 2019)",
            "     3.2                 Bylaws of Harbour Lights Inc., as amended (incorporated by reference to",
            "                         Exhibit 3.2 to the Company's Form 8-K filed on March 3, 2021)",
            "     4.1                 Indenture dated as of May 1, 2020 (incorporated by reference to Exhibit 4.1",
            "                         to the Company's Form 8-K filed on May 4, 2020)",
            "    10.1*                Harbour Lights Inc. 2020 Equity Incentive Plan (filed herewith)",
            "    10.2*                Form of Restricted Stock Unit Agreement (filed herewith)",
            "    21                   Subsidiaries of the Registrant (filed herewith)",
            "");

    @Test
    void aTableOfContentsIsNoTableOfFigures() {
        Extraction ex = extract(CONTENTS);
        assertThat(ex.tables()).isEmpty();
        assertThat(ex.issues()).isEmpty();
    }

    @Test
    void anExhibitIndexIsNoTableOfFigures() {
        Extraction ex = extract(EXHIBITS);
        assertThat(ex.tables()).isEmpty();
        assertThat(ex.issues()).isEmpty();
    }

    /** Store counts rising year by year, one figure a line: amounts, not page numbers. */
    static final String STORES = String.join("\n",
            "6. Stores",
            "",
            "                                                   Stores",
            "Opened before 2015                                    120",
            "Opened 2015 - 2019                                    214",
            "Opened 2020                                           236",
            "Opened 2021                                           251",
            "Opened 2022                                           260",
            "Total stores                                        1,081",
            "");

    /** A lease note that names an exhibit once among rows of amounts. */
    static final String LEASES = String.join("\n",
            "9. Leases",
            "",
            "The lease agreement is filed as Exhibit 10.4 (in millions):",
            "                                                     2024          2023",
            "Operating lease cost                                  412           398",
            "Variable lease cost                                   101            87",
            "Total lease cost                                      513           485",
            "");

    @Test
    void tablesOfAmountsThatLookLikeThemInPartAreStillRead() {
        assertThat(extract(STORES).tables()).singleElement().satisfies(t -> assertThat(t.getRowsWithFigures()).isEqualTo(6));
        DocumentReport leases = check(LEASES);
        assertThat(passed(leases, "CON-001")).as(dump(leases)).isEqualTo(2);
    }
}

package io.tickmark.extract.structure;

import io.tickmark.extract.Extraction;
import io.tickmark.facts.Figure;
import io.tickmark.report.DocumentReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.tickmark.testing.LayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A management-discussion table that states the change only on its total line: "(291)%" under a
 * "Change" caption, the one figure of its column. A column a single figure supports is usually a
 * number wrapped out of a label, and is not made a column; a percentage under a caption of its own
 * is the table's column. Written small, by us, as 10-Ks lay out other income and expense.
 */
class ChangeOnTheTotalLineLayoutTest {

    static final String OTHER_INCOME = String.join("\n",
            "Other Income/(Expense), Net",
            "Other income/(expense), net for 2024, 2023 and 2022 was as follows (dollars in millions):",
            "                                                            2024           Change           2023          Change              2022",
            "Interest and dividend income                           $       2,610                 $        2,702                       $      3,511",
            "Interest expense                                               (2,840)                        (2,577)                           (2,766)",
            "Other income/(expense), net                                      (191)                             95                                (64)",
            "       Total other income/(expense), net               $         (421)       (291)% $              220          (68)% $              681",
            "");

    @Test
    void aPercentageAloneUnderItsCaptionIsReadIntoItsColumn() {
        Extraction ex = extract(OTHER_INCOME);
        assertThat(ex.issues()).as("no figure off the grid").isEmpty();
        List<Figure> change = ex.figures().stream().filter(f -> f.getLabel().startsWith("Total") && f.isPercent()).toList();
        assertThat(change).extracting(f -> f.getValue().intValueExact()).containsExactly(-291, -68);
        DocumentReport r = check(OTHER_INCOME);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(passed(r, "CON-001")).as(dump(r)).isEqualTo(3);
    }

    /** Without a caption over it, a lone figure right of the columns is still no column of its own. */
    @Test
    void aLoneFigureWithoutACaptionIsNoColumn() {
        Extraction ex = extract(OTHER_INCOME.replace("Change           2023          Change", "                 2023                "));
        assertThat(ex.tables().get(0).getColumns()).hasSize(3);
    }
}

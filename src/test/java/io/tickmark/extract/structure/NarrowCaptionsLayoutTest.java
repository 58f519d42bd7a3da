package io.tickmark.extract.structure;

import io.tickmark.extract.Extraction;
import io.tickmark.facts.TableInfo;
import io.tickmark.report.DocumentReport;
import org.junit.jupiter.api.Test;

import static io.tickmark.testing.LayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Column captions stacked over a unit line that carries the last words of each caption
 * ("(In millions)   Cost Basis   Gains"), in a table narrow enough that the captions start near the
 * left margin. The caption lines above belong to the table as far left as the unit line's own first
 * caption; read without them, "Share of" / "total" became a "total" column that the columns before
 * it were footed into. Written small, by us, as narrow notes of 10-Ks are laid out.
 */
class NarrowCaptionsLayoutTest {

    static final String INVESTMENTS = String.join("\n",
            "4. Investments",
            "",
            "                        Adjusted     Unrealized     Unrealized      Recorded",
            "(In millions)         Cost Basis          Gains         Losses         Basis",
            "Commercial paper           4,120              0              0         4,120",
            "Government bonds          88,210          3,105           (140)       91,175",
            "Corporate bonds            7,905            230             (12)        8,123",
            "  Total                $ 100,235      $   3,335      $    (152)    $ 103,418",
            "");

    static final String SHARES = String.join("\n",
            "5. Revenue by segment",
            "",
            "                           Product     Service     Share of",
            "(In millions)              revenue     revenue        total",
            "Segment A                    1,200         300         62.5",
            "Segment B                      700         200         37.5",
            "  Total                      1,900         500        100.0",
            "");

    @Test
    void captionLinesAboveTheUnitLineAreReadIntoTheColumnHeadings() {
        Extraction ex = extract(INVESTMENTS);
        assertThat(ex.tables()).singleElement().extracting(TableInfo::getColumns).asList()
                .containsExactly("Adjusted Cost Basis", "Unrealized Gains", "Unrealized Losses", "Recorded Basis");
    }

    @Test
    void aShareOfTotalColumnIsNotATotalColumn() {
        DocumentReport r = check(SHARES);
        assertThat(errors(r)).as(dump(r)).isEmpty();
        assertThat(outcome(r, "unverified")).as(dump(r)).isZero();
        assertThat(passed(r, "CON-001")).as(dump(r)).isEqualTo(3); // each column down to its total, the shares too
    }
}

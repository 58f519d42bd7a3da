package io.tickmark.extract.structure;

import io.tickmark.facts.Check;
import io.tickmark.report.DocumentReport;
import org.junit.jupiter.api.Test;

import static io.tickmark.testing.LayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bank's regulatory capital under a caption, its items indented by two columns (as a text writer
 * with a fine pitch sets a small indent): Common Equity Tier 1 is part of Tier 1 capital, so Total
 * capital is Tier 1 plus Tier 2. Written small, by us; beside it, a list whose parts are not nested
 * still foots all of them.
 */
class RegulatoryCapitalLayoutTest {

    static final String CAPITAL = String.join("\n",
            "Table 17: Regulatory risk-based capital",
            "($ in Billions)                                                December 31, 2022",
            "Risk-Based Capital",
            "  Common Equity Tier 1                                         $        20.0",
            "  Tier 1 Capital                                                        21.6",
            "  Tier 2 Capital                                                         3.3",
            "  Total Capital                                                         24.9",
            "",
            "Risk-Weighted Assets                                                   194.4",
            "");

    static final String COMPONENTS = String.join("\n",
            "Table 18: Capital components",
            "($ in Billions)                                                December 31, 2022",
            "Risk-Based Capital",
            "  Common Equity Tier 1                                         $        20.0",
            "  Additional Tier 1 Capital                                              1.6",
            "  Tier 2 Capital                                                         3.3",
            "  Total Capital                                                         24.9",
            "");

    @Test
    void commonEquityTierOneIsNotCountedBesideTierOne() {
        DocumentReport r = check(CAPITAL);
        assertThat(errors(r)).isEmpty();
        assertThat(r.checks()).filteredOn(c -> c.getRuleId().equals("CON-001")).singleElement().satisfies(c -> {
            assertThat(c.isPassed()).isTrue();
            assertThat(c.getExpected()).isEqualTo("24900000000.0");
        });
    }

    @Test
    void commonEquityAndAdditionalTierOneBesideTierTwoAddUp() {
        DocumentReport r = check(COMPONENTS);
        assertThat(r.checks()).filteredOn(c -> c.getRuleId().equals("CON-001")).singleElement().satisfies(c -> assertThat(c.isPassed()).isTrue());
        DocumentReport wrong = check(COMPONENTS.replace("24.9", "26.9"));
        assertThat(errors(wrong)).hasSize(1);
    }
}

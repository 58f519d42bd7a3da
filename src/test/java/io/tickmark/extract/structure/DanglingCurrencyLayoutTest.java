package io.tickmark.extract.structure;

import io.tickmark.facts.Check;
import io.tickmark.report.DocumentReport;
import org.junit.jupiter.api.Test;

import static io.tickmark.testing.LayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row broken by its writer after a currency sign ("$ (1,720.3) $ (1,897.2) $"): the cell the sign
 * opens is on a later line, or lost. Written small, by us, as a text writer with too fine a pitch
 * breaks a row of a benefits note. Where the figures after the sign fit the row's empty columns
 * they are its cells; where they do not, the row has a cell that was not read (reported), and the
 * stray figure is no unlabelled subtotal of the row above it.
 */
class DanglingCurrencyLayoutTest {

    static final String BROKEN = String.join("\n",
            "Note 14 - Retirement benefits",
            "",
            "                              Defined Benefit",
            "                                            Other Postretirement",
            "                                                              Postemployment",
            "                               Pension Plans   Benefit Plans    Benefit Plans      Total",
            "In Millions                    2022    2021    2022    2021    2022    2021     2022    2021",
            "Net actuarial (loss) gain",
            "                            $ (1,720.3) $ (1,897.2) $",
            "                                                208.5",
            "                                                    $   200.8$   (1.6) $(22.0) $ (1,513.4) $ (1,718.4)",
            "Prior service (costs) credits",
            "                                (7.6)    5.8    118.9   133.7    (1.0)   (1.6)  110.3   137.9",
            "");

    static final String CONTINUED = String.join("\n",
            "Note 14 - Retirement benefits",
            "",
            "Amounts recognized in AOCI:",
            "                             Pension Plans      Other Benefit Plans          Total",
            "In Millions                 2022      2021       2022       2021        2022        2021",
            "Net actuarial (loss) gain",
            "                         $ (1,720.3) $ (1,897.2) $",
            "                                                   208.5",
            "                                                      $   200.8$  (1,511.8) $ (1,696.4)",
            "Prior service (costs) credits",
            "                             (7.6)       5.8      118.9      133.7       111.3       139.5",
            "Total                    $ (1,727.9) $ (1,891.4) $  327.4  $  334.5   $ (1,400.5) $ (1,556.9)",
            "");

    @Test
    void aStrayFigureAfterAnOpenCurrencySignIsNoSubtotal() {
        assertThat(extract(BROKEN).issues()).anyMatch(i -> i.getWhat().contains("currency sign without its figure"));
        assertThat(errors(check(BROKEN))).isEmpty();
    }

    @Test
    void figuresAfterAnOpenCurrencySignThatFitTheRowAreItsCells() {
        DocumentReport r = check(CONTINUED);
        assertThat(extract(CONTINUED).issues()).isEmpty();
        assertThat(r.checks()).filteredOn(c -> c.getRuleId().equals("CON-001")).hasSize(6).allMatch(Check::isPassed);
    }
}

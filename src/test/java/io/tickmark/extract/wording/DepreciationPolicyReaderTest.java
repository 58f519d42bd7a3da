package io.tickmark.extract.wording;

import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.facts.DepreciationRate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Policy tables of lives, residual values and rates, as CAS interim reports lay them out (written for the test). */
class DepreciationPolicyReaderTest {
    static final String TABLE = String.join("\n",
            "(2) Depreciation methods",
            "      Categories          Depreciation methods        Depreciation life      Residual rate        Yearly depreciation rate",
            "",
            "",
            "                                                                                                      12",
            "   Buildings              Straight-line method          20 -40                 5.00                 4.75 -2.40",
            "   Machinery              Straight-line method          10                     5.00 -10.00          9.50 -9.00",
            "   Vehicles               Straight-line method           4                     4.00                 24.00",
            "",
            "Depreciation of fixed assets is accrued over the estimated useful life based on its recorded value less the",
            "estimated net residual value of 5 to 10 per cent.");

    @Test
    void readsEachRateWithTheLifeAndResidualItIsStatedBeside() {
        List<DepreciationRate> rates = DepreciationPolicyReader.read("t", LayoutDocument.fromText("t", TABLE));
        assertThat(rates).extracting(r -> r.getCategory() + " " + r.getLife() + "y " + r.getResidual() + "% " + r.getStated())
                .containsExactly("Buildings 20y 5.00% 4.75", "Buildings 40y 5.00% 2.40", "Machinery 10y 5.00% 9.50",
                        "Machinery 10y 10.00% 9.00", "Vehicles 4y 4.00% 24.00");
        // 95 / 40 = 2.375: 2.40 is not that rate at two decimals; the others are
        assertThat(rates).filteredOn(r -> r.getAbsDeviation().compareTo(r.getTolerance()) > 0)
                .extracting(DepreciationRate::getStated).map(Object::toString).containsExactly("2.40");
        assertThat(rates.get(0).getSource().getLine()).isEqualTo(6);
    }

    @Test
    void proseAboutResidualValuesIsNotATable() {
        String text = "The useful lives and residual values are reviewed each year; the depreciation rate is revised when they change.\n"
                + "Buildings are depreciated over 20 to 40 years with 5 per cent residual value.\n";
        assertThat(DepreciationPolicyReader.read("t", LayoutDocument.fromText("t", text))).isEmpty();
    }
}

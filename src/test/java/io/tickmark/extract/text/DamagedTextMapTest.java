package io.tickmark.extract.text;

import io.tickmark.extract.Extraction;
import io.tickmark.testing.LayoutFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layout text written from a PDF whose text maps Ghostscript 10.00 damaged: possessives read
 * "registrant9s", nil dashes "4". The text has no outlines to correct it from, so it is reported,
 * with the way out (check the PDF); an ordinary text is not.
 */
class DamagedTextMapTest {

    private static String filing(String apostrophe, String nil, int possessives) {
        StringBuilder s = new StringBuilder("Harbour Lights Trading Inc.\n\n");
        String[] owners = {"registrant", "Company", "management", "auditor", "Board", "segment"};
        for (int i = 0; i < possessives; i++) {
            s.append("The ").append(owners[i % owners.length]).append(apostrophe).append("s view is stated here.\n");
        }
        s.append("""

                                     CONSOLIDATED BALANCE SHEETS
                                                                    2023          2022
                Cash and cash equivalents                          1,234         1,100
                Accounts receivable, net                               %s           500
                Total current assets                               1,234         1,600
                """.formatted(nil));
        return s.toString();
    }

    private static boolean reported(String text) {
        Extraction ex = LayoutFixtures.extract(text);
        return ex.issues().stream().anyMatch(i -> i.getWhat().startsWith("text from a damaged PDF text map"));
    }

    @Test
    void possessivesWrittenNineSMarkTheDamage() {
        assertThat(reported(filing("9", "4", 5))).isTrue();
        Extraction ex = LayoutFixtures.extract(filing("9", "4", 6));
        assertThat(ex.issues()).anySatisfy(i -> assertThat(i.getText()).startsWith("6 possessives written \"9s\", 0 phrases quoted"));
    }

    @Test
    void anOrdinaryTextIsNotReported() {
        assertThat(reported(filing("’", "—", 6))).isFalse();
        assertThat(reported(filing("'", "—", 6))).isFalse();
        assertThat(reported(filing("9", "4", DamagedTextMap.MIN_MARKS - 1))).as("a few slips are no pattern").isFalse();
        assertThat(reported(filing("'", "—", 6) + "A formula: x <y= and a=b, value <= 5, List<String> s = t;\n")).isFalse();
    }

    @Test
    void quotedTermsWrittenInComparisonSignsMarkTheDamage() {
        // a filing that writes its apostrophes straight: only its quoted terms show the damage
        String defined = "Harbour Lights Trading Inc. (the <Company=) and its subsidiaries (the <Group,=) refer to it as <we,= <our,= or <us.=\n";
        assertThat(reported(defined + filing("'", "4", 2) + "The <Notes= and the <Facility= are described below.\n")).isTrue();
    }
}

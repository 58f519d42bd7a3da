package io.tickmark.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What keeps the HTML report readable at 1400 px and in print (bench/html-screenshots.sh measures it
 * in Chromium): passed checks named by what they checked, printed in full, long source lists cut short.
 */
class HtmlLayoutTest {

    @Test
    void passedChecksAreNamedByWhatTheyCheckedAndPrinted() {
        String html = Reports.render(new HtmlRenderer(), Reports.of("clean.facts.json"));
        assertThat(html).contains("<section class=\"print-only\"><h4>Passed checks (1)</h4>");
        assertThat(html).contains("<table class=\"passed\">");
        assertThat(html).doesNotContain("@null").doesNotContain("rows:");
        assertThat(html).contains("@media print").contains(".print-only { display: block; }");
    }

    @Test
    void aLongListOfPlacesIsCutShort() {
        java.util.List<String> places = new java.util.ArrayList<>();
        for (int i = 1; i <= 100; i++) places.add("line " + i);
        assertThat(HtmlRenderer.seeAlso(places)).endsWith("line 8 and 92 more");
        assertThat(HtmlRenderer.seeAlso(places.subList(0, 3))).isEqualTo("line 1, line 2, line 3");
    }
}

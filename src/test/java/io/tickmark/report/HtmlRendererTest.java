package io.tickmark.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlRendererTest {

    @Test
    void selfContained() {
        String html = Reports.render(new HtmlRenderer(), Reports.of("footing-errors.facts.json", "warning-only.facts.json"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("</html>");
        assertThat(html).doesNotContainPattern("(?i)<(script|link|img|iframe)\\b")
                .doesNotContainPattern("(?i)(src|href)=\"(https?:)?//")
                .doesNotContainPattern("(?i)url\\(")
                .doesNotContain("@import");
    }

    @Test
    void findingsGroupedBySeverityThenCategoryWithEvidence() {
        String html = Reports.render(new HtmlRenderer(), Reports.of("footing-errors.facts.json", "warning-only.facts.json"));
        int errors = html.indexOf("Errors (2)");
        int warnings = html.indexOf("Warnings (1)");
        assertThat(errors).isPositive();
        assertThat(warnings).isGreaterThan(errors);
        assertThat(html).contains("<h5>consistency (2)</h5>").contains("<h5>extraction (1)</h5>");
        assertThat(html).contains("<table class=\"evidence\">").contains("Receivables").contains("line 21");
        assertThat(html).contains("ISA 500"); // authority from the catalogue
    }

    @Test
    void coverageByStatementAndNoteAndCollapsiblePassedChecks() {
        String html = Reports.render(new HtmlRenderer(), Reports.of("clean.facts.json"));
        assertThat(html).contains("Coverage by statement and note").contains("Statements (1)").contains("balance/consolidated")
                .contains("3 / 3");
        assertThat(html).contains("<details class=\"passed\"").contains("Passed checks (1)");
        assertThat(html).contains("No findings");
    }

    @Test
    void escapesMarkupFromTheDocument() {
        String html = Reports.render(new HtmlRenderer(), Reports.of("markup.facts.json"));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Fees &amp; &quot;charges&quot; &lt;b&gt;");
    }

    @Test
    void baselineFindingsAreMarkedAndUnreadableInputsListed() {
        Report first = Reports.of("footing-errors.facts.json");
        Report again = Reports.of(BaselineTest.baselineOf(first), List.of(new Report.InputError("lost.txt", "lost.txt: no such file")),
                "footing-errors.facts.json");
        String html = Reports.render(new HtmlRenderer(), again);
        assertThat(html).contains("<span class=\"badge baseline\">baseline</span>").contains("in baseline")
                .contains("Not checked").contains("lost.txt: no such file");
    }

    @Test
    void amountsAreGroupedWithTheirScale() {
        assertThat(HtmlRenderer.grouped("-1234567.80")).isEqualTo("-1,234,567.80");
        assertThat(HtmlRenderer.grouped("12")).isEqualTo("12");
    }
}

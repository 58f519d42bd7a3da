package io.tickmark.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JUnitRendererTest {

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oneSuitePerDocumentOneCasePerCheck() throws Exception {
        Report report = Reports.of("clean.facts.json", "footing-errors.facts.json");
        Document doc = parse(Reports.render(new JUnitRenderer(), report));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);

        Element clean = (Element) suites.item(0);
        assertThat(clean.getAttribute("name")).endsWith("clean.facts.json");
        assertThat(clean.getAttribute("tests")).isEqualTo("1");
        assertThat(clean.getAttribute("failures")).isEqualTo("0");
        assertThat(clean.getElementsByTagName("testcase").getLength()).isEqualTo(report.documents().get(0).checks().size());

        Element errors = (Element) suites.item(1);
        assertThat(errors.getAttribute("tests")).isEqualTo("2");
        assertThat(errors.getAttribute("failures")).isEqualTo("2");
        Element failure = (Element) errors.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).contains("CON-001").contains("is stated as 310 but its parts sum to 300");
        assertThat(failure.getTextContent()).contains("Total current assets").contains("line 22");
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("3");
        assertThat(root.getAttribute("failures")).isEqualTo("2");
    }

    @Test
    void findingsWithoutACheckFailOrSkipBySeverity() throws Exception {
        Document doc = parse(Reports.render(new JUnitRenderer(), Reports.of("warning-only.facts.json")));
        List<String> failed = new ArrayList<>();
        NodeList failures = doc.getElementsByTagName("failure");
        for (int i = 0; i < failures.getLength(); i++) failed.add(((Element) failures.item(i)).getAttribute("message"));
        assertThat(failed).singleElement().asString().contains("EXT-001 warning");
        assertThat(JUnitRenderer.status(io.tickmark.rules.Severity.NOTE, false)).isEqualTo(JUnitRenderer.Status.SKIPPED);
        assertThat(JUnitRenderer.status(io.tickmark.rules.Severity.ERROR, false)).isEqualTo(JUnitRenderer.Status.FAILED);
        assertThat(JUnitRenderer.status(io.tickmark.rules.Severity.ERROR, true)).isEqualTo(JUnitRenderer.Status.SKIPPED);
    }

    @Test
    void unreadableInputIsAnError() throws Exception {
        Report r = Reports.of(Baseline.NONE, List.of(new Report.InputError("x.pdf", "x.pdf: file is empty")), "clean.facts.json");
        Document doc = parse(Reports.render(new JUnitRenderer(), r));
        Element err = (Element) doc.getElementsByTagName("error").item(0);
        assertThat(err.getAttribute("message")).isEqualTo("x.pdf: file is empty");
        assertThat(doc.getDocumentElement().getAttribute("errors")).isEqualTo("1");
    }

    @Test
    void markupInLabelsIsEscaped() throws Exception {
        String xml = Reports.render(new JUnitRenderer(), Reports.of("markup.facts.json"));
        Document doc = parse(xml); // parses: escaped
        assertThat(doc.getElementsByTagName("failure").item(0).getTextContent()).contains("Fees & \"charges\" <b>");
        assertThat(Xml.escape("a\u0001b")).isEqualTo("a\uFFFDb");
    }
}

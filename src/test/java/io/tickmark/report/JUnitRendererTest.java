package io.tickmark.report;

import io.tickmark.engine.RuleEngine;
import io.tickmark.run.Checker;
import io.tickmark.run.ProfileLoader;
import io.tickmark.testing.RealDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @TempDir
    Path tmp;

    @Test
    void validAgainstTheCommonJUnitSchema() throws Exception {
        Report r = Reports.of(Baseline.NONE, List.of(new Report.InputError("x.pdf", "x.pdf: file is empty")),
                "footing-errors.facts.json", "warning-only.facts.json", "markup.facts.json", "clean.facts.json");
        String xml = Reports.render(new JUnitRenderer(), r);
        JUnitXml.validate(xml);
        assertThat(parse(xml).getDocumentElement().hasAttribute("skipped")).as("skipped is not an attribute of <testsuites>").isFalse();
    }

    @Test
    void theSchemaCheckCanFail() {
        String bad = "<testsuites skipped=\"1\"><testsuite name=\"a\" tests=\"0\"/></testsuites>";
        assertThatThrownBy(() -> JUnitXml.validate(bad)).isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> JUnitXml.validate("<testsuites><testsuite tests=\"0\"/></testsuites>")).isInstanceOf(SAXException.class);
    }

    @Test
    void namesSayWhatWasCheckedAndNeverNull() throws Exception {
        Document doc = parse(Reports.render(new JUnitRenderer(), Reports.of("footing-errors.facts.json", "clean.facts.json")));
        Element first = (Element) doc.getElementsByTagName("testcase").item(0);
        assertThat(first.getAttribute("name")).isEqualTo("CON-001 balance/consolidated / Total current assets / 2022-12-31");
        assertThat(JUnitXml.duplicateNames(doc)).isEmpty();
        assertThat(JUnitXml.nulls(doc)).isEmpty();
        assertThat(JUnitNames.subject("consolidated/null/Revenue/null")).isEqualTo("consolidated/Revenue");
        assertThat(JUnitNames.withoutNull("rows:5@null/Employees")).isEqualTo("rows:5@/Employees");
    }

    @Test
    void baselinedFindingsAreSkippedSoTheBaselinedRunHasNoFailures() throws Exception {
        Report first = Reports.of("footing-errors.facts.json", "warning-only.facts.json");
        Baseline known = baselineOf(first);
        Report again = Reports.of(known, List.of(), "footing-errors.facts.json", "warning-only.facts.json");
        Document doc = parse(Reports.render(new JUnitRenderer(), again));
        assertThat(JUnitXml.count(doc, "failure")).isZero();
        assertThat(JUnitXml.count(doc, "skipped")).isEqualTo((int) first.findings().count());
        assertThat(((Element) doc.getElementsByTagName("skipped").item(0)).getAttribute("message")).startsWith("baseline: ");
    }

    /** Seed 003 (a prospectus with tables of every kind) and a 10-K: valid, unique names, no null, green on their baseline. */
    @Test
    void realDocumentsGiveUniqueNamesAndAGreenBaselinedRun() throws Exception {
        Path seed = RealDocuments.require(RealDocuments.SEED_HK_PROSPECTUS);
        Path tenK = RealDocuments.require("corpus/APPLE_2022_10K.txt");
        Checker checker = new Checker(RuleEngine.builtIn(), ProfileLoader.load(null, LocalDate.of(2022, 6, 30)));
        List<DocumentReport> docs = List.of(checker.check(seed, java.util.Set.of()), checker.check(tenK, java.util.Set.of()));
        Report report = new Report("0.0.0-test", docs, RuleEngine.builtIn().catalogue(), false);
        String xml = Reports.render(new JUnitRenderer(), report);
        JUnitXml.validate(xml);
        Document doc = parse(xml);
        assertThat(JUnitXml.duplicateNames(doc)).isEmpty();
        assertThat(JUnitXml.nulls(doc)).isEmpty();
        assertThat(JUnitXml.count(doc, "failure")).isPositive();

        Report baselined = new Report("0.0.0-test", docs, RuleEngine.builtIn().catalogue(), false, baselineOf(report), List.of());
        Document green = parse(Reports.render(new JUnitRenderer(), baselined));
        assertThat(JUnitXml.count(green, "failure")).isZero();
        assertThat(JUnitXml.count(green, "testcase")).isEqualTo(JUnitXml.count(doc, "testcase"));
    }

    private Baseline baselineOf(Report report) throws Exception {
        Path file = tmp.resolve("baseline-" + System.nanoTime() + ".json");
        try (var w = Files.newBufferedWriter(file)) {
            new BaselineWriter("accepted in the test", Baseline.NONE).write(report, w);
        }
        return Baseline.read(file);
    }
}

package io.tickmark.extract.pdf;

import io.tickmark.engine.RuleEngine;
import io.tickmark.facts.Figure;
import io.tickmark.report.DocumentReport;
import io.tickmark.report.Findings;
import io.tickmark.run.Checker;
import io.tickmark.run.ProfileLoader;
import io.tickmark.testing.RealDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each filing in ../shared/corpus read from its PDF against the same filing's layout text: the PDF
 * verifies at least as much, fails nothing the text does not, raises the same findings, and its
 * line items match (same entity scope, concept, period and value) with at least 90% precision and
 * recall. Every figure read from the PDF carries its page and box.
 */
class PdfCorpusTest {
    private static Checker checker;

    @BeforeAll
    static void engine() throws Exception {
        checker = new Checker(RuleEngine.builtIn(), ProfileLoader.load(null, null));
    }

    static Stream<String> corpus() {
        return Stream.of(RealDocuments.CORPUS);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void pdfReadsLikeItsLayoutText(String name) throws Exception {
        Path pdf = RealDocuments.require("corpus/" + name + ".pdf");
        Path txt = RealDocuments.require("corpus/" + name + ".txt");
        DocumentReport fromPdf = checker.check(pdf, Set.of());
        DocumentReport fromText = checker.check(txt, Set.of());

        assertThat(fromPdf.checks().size()).as("checks run").isGreaterThanOrEqualTo(fromText.checks().size());
        assertThat(failed(fromPdf)).as("failures on the PDF that the text does not have").isSubsetOf(failed(fromText));
        assertThat(findings(fromPdf)).as("findings (rule, fingerprint, severity)").isEqualTo(findings(fromText));

        Map<String, Integer> p = lineItems(fromPdf.extraction().figures());
        Map<String, Integer> t = lineItems(fromText.extraction().figures());
        int common = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) common += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
        int pdfCount = p.values().stream().mapToInt(Integer::intValue).sum();
        int textCount = t.values().stream().mapToInt(Integer::intValue).sum();
        double precision = (double) common / pdfCount;
        double recall = (double) common / textCount;
        System.out.printf("%s: checks %d (text %d), findings %d, line items %d (text %d), precision %.4f, recall %.4f%n",
                name, fromPdf.checks().size(), fromText.checks().size(), fromPdf.findings().size(), pdfCount, textCount,
                precision, recall);
        assertThat(precision).as("line item precision").isGreaterThanOrEqualTo(0.90);
        assertThat(recall).as("line item recall").isGreaterThanOrEqualTo(0.90);

        assertThat(fromPdf.extraction().figures()).allSatisfy(f -> {
            assertThat(f.getSource().getPage()).isPositive();
            assertThat(f.getSource().getBox()).isNotNull();
        });
    }

    /** A line item: entity scope, concept (the label where no concept applies), period and value. */
    private static Map<String, Integer> lineItems(List<Figure> figures) {
        Map<String, Integer> out = new HashMap<>();
        for (Figure f : figures) {
            String concept = f.getConcept() != null ? f.getConcept() : "label:" + f.getLabel();
            String key = f.getScope() + "|" + concept + "|" + f.getPeriod() + "|" + f.getValue().stripTrailingZeros().toPlainString();
            out.merge(key, 1, Integer::sum);
        }
        return out;
    }

    private static Set<String> findings(DocumentReport r) {
        return r.findings().stream().map(f -> f.getRuleId() + "|" + Findings.fingerprint(f) + "|" + f.getSeverity())
                .collect(Collectors.toSet());
    }

    private static Set<String> failed(DocumentReport r) {
        return r.checks().stream().filter(c -> !c.isPassed()).map(c -> c.getRuleId() + "|" + c.getKey()).collect(Collectors.toSet());
    }
}

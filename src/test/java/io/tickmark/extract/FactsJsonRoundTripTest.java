package io.tickmark.extract;

import io.tickmark.engine.RuleEngine;
import io.tickmark.extract.json.FactsJson;
import io.tickmark.facts.Finding;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A facts file written by extract and read back is checked exactly like the filing it came from. */
class FactsJsonRoundTripTest {

    @Test
    void extractThenCheckTheFactsGivesTheSameChecksAndFindings() throws Exception {
        Checker checker = new Checker(RuleEngine.builtIn());
        Extraction original = checker.extract(Path.of("examples/red-lantern-2022-interim.txt"));
        StringWriter json = new StringWriter();
        FactsJson.write(original, json);
        Extraction reread = FactsJson.read(json.toString().getBytes(StandardCharsets.UTF_8), original.document().getPath());

        DocumentReport a = checker.check(original, Set.of());
        DocumentReport b = checker.check(reread, Set.of());
        assertThat(b.checks()).hasSameSizeAs(a.checks());
        assertThat(b.findings()).extracting(Finding::getMessage).containsExactlyElementsOf(a.findings().stream().map(Finding::getMessage).toList());
        assertThat(b.findings()).anyMatch(f -> f.getRuleId().equals("CON-010"));
    }
}

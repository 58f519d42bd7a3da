package io.tickmark.rules;

import io.tickmark.engine.RuleEngine;
import io.tickmark.rules.cases.CaseFiles;
import io.tickmark.rules.cases.CaseFormatException;
import io.tickmark.rules.cases.CaseResult;
import io.tickmark.rules.cases.CaseRunner;
import io.tickmark.rules.cases.RuleCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case runner can fail: wrong expectations are reported, todo cases are honest, the format is strict. */
class CaseRunnerTest {
    @TempDir
    Path tmp;

    private static final String FOOTING = """
            "facts": {"lineItems": [
              {"table": "t", "row": 1, "column": 1, "label": "A", "value": "1"},
              {"table": "t", "row": 2, "column": 1, "label": "B", "value": "2"},
              {"table": "t", "row": 3, "column": 1, "label": "Total", "value": "%s"}],
             "relations": [{"id": "r", "kind": "rows", "table": "t", "total": "3", "parts": [{"key": "1"}, {"key": "2"}]}]}""";

    private List<CaseResult> run(String rule, String casesJson) throws IOException {
        Path f = Files.writeString(tmp.resolve(rule + ".cases.json"), "{\"rule\": \"" + rule + "\", \"cases\": [" + casesJson + "]}");
        RuleCases rc = CaseFiles.read(f);
        return new CaseRunner(RuleEngine.builtIn()).run(rc);
    }

    private static String c(String name, String total, String expectations) {
        return "{\"name\": \"" + name + "\", \"reason\": \"r\", " + FOOTING.formatted(total) + ", " + expectations + "}";
    }

    @Test
    void eachKindOfExpectationCanFail() throws IOException {
        List<CaseResult> rs = run("CON-001", String.join(",",
                c("severity", "9", "\"must\": [{\"ruleId\": \"CON-001\", \"severity\": \"warning\"}]"),
                c("count", "9", "\"must\": [{\"ruleId\": \"CON-001\", \"severity\": \"error\", \"count\": 2}]"),
                c("message", "9", "\"must\": [{\"ruleId\": \"CON-001\", \"severity\": \"error\", \"messageContains\": \"no such words\"}]"),
                c("mustNot", "9", "\"mustNot\": [\"CON-001\"]"),
                c("checks", "3", "\"checks\": [{\"ruleId\": \"CON-001\", \"outcome\": \"failed\"}]"),
                c("derived", "3", "\"derived\": [{\"ruleId\": \"DRV-001\", \"type\": \"Footing\", \"count\": 2}]")));
        assertThat(rs).allSatisfy(r -> assertThat(r.status()).as(r.title()).isEqualTo(CaseResult.Status.FAILED));
        assertThat(rs.get(0).problems()).singleElement().asString().contains("severity error, expected warning");
        assertThat(rs.get(1).problems()).singleElement().asString().contains("2 time(s), raised it 1 time(s)");
        assertThat(rs.get(2).problems()).singleElement().asString().contains("no such words");
        assertThat(rs.get(3).problems()).singleElement().asString().contains("must not raise CON-001");
        assertThat(rs.get(4).problems()).singleElement().asString().contains("CON-001 passed=1");
        assertThat(rs.get(5).problems()).singleElement().asString().contains("it derived 1");
    }

    @Test
    void todoCasesAreKnownMissesUntilTheyHold() throws IOException {
        List<CaseResult> rs = run("CON-001", String.join(",",
                c("still missed", "3", "\"todo\": \"known miss\", \"must\": [{\"ruleId\": \"CON-001\", \"severity\": \"error\"}]"),
                c("now fixed", "9", "\"todo\": \"known miss\", \"must\": [{\"ruleId\": \"CON-001\", \"severity\": \"error\"}]")));
        assertThat(rs.get(0).status()).isEqualTo(CaseResult.Status.TODO);
        assertThat(rs.get(0).failed()).isFalse();
        assertThat(rs.get(1).status()).isEqualTo(CaseResult.Status.TODO_HOLDS);
        assertThat(rs.get(1).failed()).isTrue();
    }

    @Test
    void unknownRuleOrPackFails() throws IOException {
        assertThat(run("NOPE-001", c("x", "3", "\"mustNot\": [\"NOPE-001\"]")).get(0).problems())
                .singleElement().asString().contains("not in the catalogue");
        assertThat(run("CON-001", c("x", "3", "\"packs\": [\"nosuch\"], \"mustNot\": [\"CON-001\"]")).get(0).problems())
                .singleElement().asString().contains("no rule pack nosuch");
    }

    @Test
    void otherFactsAreBuiltThroughTheirConstructors() throws IOException {
        // an ExtractionIssue given as an object rather than in extractionIssues
        List<CaseResult> rs = run("EXT-001", """
                {"name": "object", "reason": "r", "packs": ["extraction"],
                 "facts": {"objects": [{"type": "ExtractionIssue", "args": ["$document", "t", "row not read", "1 | 2", {"line": 4}]}]},
                 "must": [{"ruleId": "EXT-001", "severity": "warning", "messageContains": "row not read: 1 | 2"}]}""");
        assertThat(rs.get(0).problems()).isEmpty();
    }

    @Test
    void theFormatIsStrict() throws IOException {
        Path f = tmp.resolve("CON-001.cases.json");
        Files.writeString(f, "{\"rule\": \"CON-002\", \"cases\": [{\"name\": \"x\", \"reason\": \"y\", \"facts\": {}, \"mustNot\": [\"CON-002\"]}]}");
        assertThatThrownBy(() -> CaseFiles.read(f)).isInstanceOf(CaseFormatException.class).hasMessageContaining("named after its rule");
        Files.writeString(f, "{\"rule\": \"CON-001\", \"cases\": [{\"name\": \"x\", \"reason\": \"y\", \"facts\": {}}]}");
        assertThatThrownBy(() -> CaseFiles.read(f)).hasMessageContaining("expects nothing");
        Files.writeString(f, "{\"rule\": \"CON-001\", \"cases\": [{\"name\": \"x\", \"facts\": {}, \"mustNot\": [\"CON-001\"]}]}");
        assertThatThrownBy(() -> CaseFiles.read(f)).hasMessageContaining("\"reason\" is required");
        Files.writeString(f, "{\"rule\": \"CON-001\", \"cases\": [{\"name\": \"x\", \"reason\": \"y\", \"facts\": {}, \"must\": [{\"ruleId\": \"CON-001\", \"severity\": \"fatal\"}]}]}");
        assertThatThrownBy(() -> CaseFiles.read(f)).hasMessageContaining("fatal");
    }
}

package io.tickmark.rules;

import io.tickmark.engine.RuleEngine;
import io.tickmark.rules.cases.CaseFiles;
import io.tickmark.rules.cases.RuleCases;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/rules is generated from the catalogue; this test fails when it is out of date (docs are tests). */
class RuleDocsTest {
    static final Path DOCS = Path.of("docs/rules");
    static final String REGENERATE = "regenerate with: ./tickmark rules docs docs/rules";

    static Map<String, String> generated() throws Exception {
        List<RuleCases> cases = new ArrayList<>();
        for (Path f : CaseFiles.find(RuleCasesTest.CASES)) cases.add(CaseFiles.read(f));
        return RuleDocs.generate(RuleEngine.builtIn().catalogue(), RuleDocs.byRule(cases));
    }

    @Test
    void docsAreCurrent() throws Exception {
        Map<String, String> expected = generated();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Path p = DOCS.resolve(e.getKey());
            assertThat(p).as("%s is missing: %s", p, REGENERATE).exists();
            assertThat(Files.readString(p, StandardCharsets.UTF_8)).as("%s is out of date: %s", p, REGENERATE).isEqualTo(e.getValue());
        }
        try (Stream<Path> s = Files.list(DOCS)) {
            List<String> stale = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !expected.containsKey(n)).toList();
            assertThat(stale).as("pages for packs that no longer exist: %s", REGENERATE).isEmpty();
        }
    }

    @Test
    void theCasesExampleInTheReadmeHolds(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        String readme = generated().get("README.md");
        int start = readme.indexOf("```json\n") + "```json\n".length();
        String json = readme.substring(start, readme.indexOf("```", start));
        Path f = Files.writeString(tmp.resolve("CON-001.cases.json"), json);
        var results = new io.tickmark.rules.cases.CaseRunner(RuleEngine.builtIn()).run(CaseFiles.read(f));
        assertThat(results).singleElement().satisfies(r -> assertThat(r.problems()).isEmpty());
    }

    @Test
    void everyRuleIsDocumentedWithItsCases() throws Exception {
        Map<String, String> docs = generated();
        for (RuleInfo r : RuleEngine.builtIn().catalogue().rules()) {
            String page = docs.get(r.pack() + ".md");
            assertThat(page).contains("## " + r.id()).contains(r.authority());
            assertThat(docs.get("README.md")).contains("[" + r.id() + "](" + r.pack() + ".md#" + RuleDocs.anchor(r.id()) + ")");
        }
        assertThat(docs.get("consistency.md")).contains("**fires**: thousands, three parts, total off by 3 units fails");
    }
}

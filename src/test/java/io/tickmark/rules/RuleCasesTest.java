package io.tickmark.rules;

import io.tickmark.engine.RuleEngine;
import io.tickmark.rules.cases.CaseFiles;
import io.tickmark.rules.cases.CaseResult;
import io.tickmark.rules.cases.CaseRunner;
import io.tickmark.rules.cases.RuleCases;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every rule's cases file (src/test/resources/rules/<pack>/<RULE-ID>.cases.json): one test per case. */
class RuleCasesTest {
    static final Path CASES = Path.of("src/test/resources/rules");

    @TestFactory
    List<DynamicNode> everyCase() throws Exception {
        CaseRunner runner = new CaseRunner(RuleEngine.builtIn());
        List<DynamicNode> files = new ArrayList<>();
        for (Path f : CaseFiles.find(CASES)) {
            RuleCases rc = CaseFiles.read(f);
            List<DynamicNode> tests = new ArrayList<>();
            for (var c : rc.cases()) {
                tests.add(DynamicTest.dynamicTest(c.name(), f.toUri(), () -> {
                    CaseResult r = runner.run(rc, c);
                    assertThat(r.failed()).as("%s (%s)%n%s%n  %s", r.title(), f, c.reason(), String.join("\n  ", r.problems()))
                            .isFalse();
                }));
            }
            files.add(DynamicContainer.dynamicContainer(rc.rule(), f.toUri(), tests.stream()));
        }
        assertThat(files).isNotEmpty();
        return files;
    }
}

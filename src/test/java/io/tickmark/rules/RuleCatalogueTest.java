package io.tickmark.rules;

import io.tickmark.engine.RuleEngine;
import io.tickmark.rules.cases.CaseFiles;
import io.tickmark.rules.cases.RuleCase;
import io.tickmark.rules.cases.RuleCases;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue itself is tested (PMD/Checkstyle style): every rule has its required metadata,
 * shared ids agree, and every rule id has a cases file in its pack's folder with at least one case
 * where it fires and one where it must stay quiet.
 */
class RuleCatalogueTest {
    private final RuleCatalogue catalogue = RuleEngine.builtIn().catalogue();

    @Test
    void everyRuleHasItsRequiredMetadataAndSharedIdsAgree() {
        assertThat(catalogue.rules()).isNotEmpty();
        assertThat(catalogue.problems()).as("catalogue problems").isEmpty();
    }

    @Test
    void everyRuleIdHasACasesFileThatFiresAndStaysQuiet() throws Exception {
        Map<String, RuleCases> byRule = new TreeMap<>();
        for (Path f : CaseFiles.find(RuleCasesTest.CASES)) {
            RuleCases rc = CaseFiles.read(f);
            assertThat(byRule.put(rc.rule(), rc)).as("two cases files for %s", rc.rule()).isNull();
        }
        List<String> missing = new ArrayList<>();
        for (RuleInfo r : catalogue.rules()) {
            RuleCases rc = byRule.get(r.id());
            Path expected = RuleCasesTest.CASES.resolve(r.pack()).resolve(r.id() + CaseFiles.SUFFIX);
            if (rc == null) {
                missing.add(r.id() + ": no cases file " + expected);
                continue;
            }
            if (!Files.isSameFile(rc.file(), expected)) missing.add(r.id() + ": cases file belongs at " + expected + ", not " + rc.file());
            List<RuleCase> live = rc.cases().stream().filter(c -> c.todo() == null).toList();
            if (live.stream().noneMatch(c -> c.fires(r.id()))) missing.add(r.id() + ": no case where it fires");
            if (live.stream().noneMatch(c -> c.quiet(r.id()))) missing.add(r.id() + ": no case where it must stay quiet");
        }
        for (String id : byRule.keySet()) {
            if (catalogue.find(id).isEmpty()) missing.add(byRule.get(id).file() + ": cases for " + id + ", which is not a rule");
        }
        assertThat(missing).as("rules without proper cases").isEmpty();
    }

    @Test
    void problemsNameMissingMetadataBadSeverityAndInconsistentDuplicates() {
        List<RuleInfo> clauses = List.of(
                new RuleInfo("A passes", "p", "X-001", "error", "c", "m {a}", "auth", "0.1.0", "d"),
                new RuleInfo("A fails", "p", "X-001", "warning", "c", "m {a}", "auth", "0.1.0", "d"),
                new RuleInfo("B", "p", "X-002", "fatal", "c", "m", "auth", "0.1.0", null),
                new RuleInfo("C", "q", null, "note", "c", "m", null, "0.1.0", null, "user/C.drl"));
        List<String> problems = RuleCatalogue.problems(clauses);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("X-001").contains("different @severity").contains("\"A fails\" = warning"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("\"B\"").contains("fatal"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("user/C.drl: rule \"C\"").contains("@id, @authority"));
        assertThat(problems).hasSize(3);
        assertThat(RuleCatalogue.problems(clauses.subList(0, 1))).isEmpty();
    }

    @Test
    void oneEntryPerIdPreferringTheDocumentedClause() {
        RuleInfo con001 = catalogue.find("CON-001").orElseThrow();
        assertThat(con001.description()).isNotBlank();
        assertThat(catalogue.clausesOf("CON-001")).hasSize(4);  // passed, failed, failed where no label names the total, failed by the one reading of several confirmed
        assertThat(catalogue.byPack()).containsKeys("derive", "consistency", "extraction");
    }
}

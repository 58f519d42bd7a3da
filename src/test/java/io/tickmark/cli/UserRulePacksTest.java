package io.tickmark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.tickmark.cli.Cli.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code --rules DIR}: user packs compiled at run time, run beside the built-in ones. */
class UserRulePacksTest {
    static final String PACKS = "src/test/resources/userpacks/";

    @TempDir
    Path tmp;

    @Test
    void aUserPackRaisesItsFindings() {
        Cli r = Cli.run("check", "--rules", PACKS + "acme", "--fail-on", "warning", fixture("negative-cash.facts.json"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("ACME-001").contains("Cash is negative (-5) for 2022-12-31");
        assertThat(Cli.run("check", fixture("negative-cash.facts.json")).out()).doesNotContain("ACME-001");
    }

    @Test
    void packNarrowingAppliesToUserPacks() {
        Cli only = Cli.run("check", "--rules", PACKS + "acme", "--pack", "acme", "--format", "json", fixture("negative-cash.facts.json"));
        assertThat(only.out()).contains("ACME-001");
        Cli other = Cli.run("check", "--rules", PACKS + "acme", "--pack", "consistency", fixture("negative-cash.facts.json"));
        assertThat(other.out()).doesNotContain("ACME-001");
    }

    @Test
    void userRulesAppearInSarifDescriptors() {
        Cli r = Cli.run("check", "--rules", PACKS + "acme", "--format", "sarif", fixture("negative-cash.facts.json"));
        assertThat(r.out()).contains("\"id\" : \"ACME-001\"").contains("ACME review checklist, item 4")
                .contains("Cash and cash equivalents are never negative");
    }

    @Test
    void compileErrorsNameFileAndLineAndExitTwo() {
        Cli r = Cli.run("check", "--rules", PACKS + "broken", fixture("clean.facts.json"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(Path.of(PACKS, "broken", "Broken.drl") + ":8:")
                .contains(Path.of(PACKS, "broken", "Unknown.drl") + ":6:").contains("NoSuchFact")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void rulesWithoutMetadataAreRejected() {
        Cli r = Cli.run("check", "--rules", PACKS + "nometa", fixture("clean.facts.json"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("NoMeta.drl: rule \"Undocumented\" has no @id, @severity, @category, @message, @authority, @since");
    }

    @Test
    void aUserRuleMayNotReplaceABuiltInOne() {
        Cli r = Cli.run("check", "--rules", PACKS + "clash", fixture("footing-errors.facts.json"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("would replace the built-in rule");
    }

    @Test
    void missingOrEmptyRuleDirectoryIsAUsageError() throws IOException {
        assertThat(Cli.run("check", "--rules", tmp.resolve("none").toString(), fixture("clean.facts.json")).code()).isEqualTo(2);
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Cli r = Cli.run("check", "--rules", empty.toString(), fixture("clean.facts.json"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no .drl files");
    }

    @Test
    void rulesListAndExplainIncludeUserPacks() {
        assertThat(Cli.run("rules", "list", "--rules", PACKS + "acme").out()).contains("acme:").contains("ACME-001");
        Cli explain = Cli.run("rules", "--rules", PACKS + "acme", "explain", "ACME-001");
        assertThat(explain.code()).isEqualTo(0);
        assertThat(explain.out()).contains("ACME review checklist").contains("NegativeBalances.drl");
        assertThat(Cli.run("rules", "explain", "NOPE-1").code()).isEqualTo(2);
    }

    @Test
    void rulesTestRunsAUserPacksCasesBesideItsDrl() {
        Cli r = Cli.run("rules", "test", PACKS + "acme");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("2 passed, 0 failed, 1 todo").contains("todo   ACME-001 / restricted cash is not yet covered");
    }

    @Test
    void rulesTestOfTheBuiltInCases() {
        Cli r = Cli.run("rules", "test", "src/test/resources/rules");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).containsPattern("\\d+ passed, 0 failed");
    }

    @Test
    void rulesTestFailsOnAFailingCaseAndOnABrokenFile() throws IOException {
        Path pack = Files.createDirectories(tmp.resolve("consistency"));
        Files.writeString(pack.resolve("CON-001.cases.json"), """
                {"rule": "CON-001", "cases": [{
                  "name": "wrong expectation", "reason": "a footing that holds is claimed to fail",
                  "facts": {"lineItems": [
                    {"table": "t", "row": 1, "column": 1, "label": "A", "value": "1"},
                    {"table": "t", "row": 2, "column": 1, "label": "B", "value": "2"},
                    {"table": "t", "row": 3, "column": 1, "label": "Total", "value": "3"}],
                   "relations": [{"id": "r", "kind": "rows", "table": "t", "total": "3", "parts": [{"key": "1"}, {"key": "2"}]}]},
                  "must": [{"ruleId": "CON-001", "severity": "error"}]}]}
                """);
        Cli r = Cli.run("rules", "test", tmp.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL").contains("wrong expectation").contains("must raise CON-001 (error), raised none")
                .contains("0 passed, 1 failed");

        Files.writeString(pack.resolve("CON-001.cases.json"), "{\"rule\": \"CON-001\", \"cases\": [{\"name\": \"x\", \"reason\": \"y\", \"facts\": {}, \"mustnot\": [\"CON-001\"]}]}");
        Cli broken = Cli.run("rules", "test", tmp.toString());
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains("CON-001.cases.json").contains("unknown key \"mustnot\"");
    }
}

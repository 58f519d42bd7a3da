package io.tickmark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.tickmark.cli.Cli.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/** The commands a CI job and a reviewer use: usage, help, baseline, config, concepts. */
class CiCommandsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void bareTickmarkIsAUsageError() {
        Cli r = Cli.run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("a command is required").contains("Usage: tickmark");
    }

    @Test
    void everyRulesSubcommandHasItsOwnHelp() {
        for (String sub : new String[]{"list", "explain", "test", "docs"}) {
            Cli r = Cli.run("rules", sub, "--help");
            assertThat(r.code()).as("rules " + sub + " --help").isZero();
            assertThat(r.out()).contains("Usage: tickmark rules " + sub);
        }
        assertThat(Cli.run("baseline", "--help").code()).isZero();
        assertThat(Cli.run("concepts", "--help").code()).isZero();
    }

    @Test
    void rulesDocsNeedsAFolder() {
        Cli r = Cli.run("rules", "docs");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("DIR");
    }

    @Test
    void conceptsListsTheIdsRulesCanMatch() {
        Cli r = Cli.run("concepts", "--ids");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).contains("CashAndEquivalents", "TotalCurrentAssets").doesNotHaveDuplicates();
        assertThat(Cli.run("concepts", "--statement", "balance").out()).contains("balance:").doesNotContain("income:");
    }

    @Test
    void baselineWritesEveryFindingWithAReasonAndTheCheckAgainstItPasses() throws IOException {
        Path base = tmp.resolve("tickmark-baseline.json");
        Cli made = Cli.run("baseline", fixture("footing-errors.facts.json"), "--output", base.toString());
        assertThat(made.code()).isZero();
        assertThat(made.out()).contains("wrote 2 finding(s)");
        JsonNode b = MAPPER.readTree(base.toFile());
        assertThat(b.get("format").asText()).isEqualTo("tickmark-baseline/1");
        assertThat(b.get("findings")).hasSize(2);
        for (JsonNode f : b.get("findings")) assertThat(f.get("reason").asText()).isEqualTo(BaselineCommand.DEFAULT_REASON);

        Cli check = Cli.run("check", "--baseline", base.toString(), "--format", "junit", fixture("footing-errors.facts.json"));
        assertThat(check.code()).isZero();
        assertThat(check.out()).doesNotContain("<failure").contains("<skipped message=\"baseline: ");

        // a reviewer's reason survives the next baseline run
        Files.writeString(base, Files.readString(base).replaceFirst(BaselineCommand.DEFAULT_REASON, "restated in the 2023 accounts"));
        Cli.run("baseline", fixture("footing-errors.facts.json"), "--output", base.toString());
        assertThat(Files.readString(base)).contains("restated in the 2023 accounts");
    }

    @Test
    void baselineNeedsAnOutput() {
        assertThat(Cli.run("baseline", fixture("footing-errors.facts.json")).code()).isEqualTo(2);
    }

    @Test
    void configBesideTheFilingSwitchesRulesOffChangesSeveritiesAndWaives() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("filings"));
        Path filing = Files.copy(Path.of(fixture("footing-errors.facts.json")), dir.resolve("draft.facts.json"));
        assertThat(Cli.run("check", filing.toString()).code()).isEqualTo(1);

        Files.writeString(dir.resolve("tickmark.json"), "{\"rules\": {\"CON-001\": \"off\"}}");
        Cli off = Cli.run("check", filing.toString());
        assertThat(off.code()).isZero();
        assertThat(off.out()).doesNotContain("CON-001");

        Files.writeString(dir.resolve("tickmark.json"), "{\"rules\": {\"CON-001\": \"warning\"}}");
        Cli warn = Cli.run("check", filing.toString());
        assertThat(warn.code()).isZero();
        assertThat(warn.out()).contains("WARNING CON-001");

        Cli json = Cli.run("check", "--format", "json", filing.toString());
        JsonNode findings = MAPPER.readTree(json.out()).get("findings");
        StringBuilder waivers = new StringBuilder();
        for (JsonNode f : findings) {
            waivers.append(waivers.length() == 0 ? "" : ",").append("{\"rule\": \"CON-001\", \"fingerprint\": \"")
                    .append(f.get("fingerprint").asText()).append("\", \"reason\": \"restated\", \"by\": \"J. Doe\"}");
        }
        Files.writeString(dir.resolve("tickmark.json"), "{\"waivers\": [" + waivers + "]}");
        Cli waived = Cli.run("check", filing.toString());
        assertThat(waived.code()).isZero();
        assertThat(waived.out()).contains("[waived] ").contains("2 finding(s) marked [waived]");
        Cli sarif = Cli.run("check", "--format", "sarif", filing.toString());
        assertThat(MAPPER.readTree(sarif.out()).get("runs").get(0).get("results").get(0).get("suppressions").get(0)
                .get("justification").asText()).isEqualTo("waived by J. Doe: restated");
    }

    @Test
    void aBrokenConfigIsAUsageError() throws IOException {
        Path cfg = Files.writeString(tmp.resolve("c.json"), "{\"rules\": {\"CON-999\": \"off\"}}");
        Cli r = Cli.run("check", "--config", cfg.toString(), fixture("clean.facts.json"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no rule CON-999");
        Files.writeString(cfg, "{\"waivers\": [{\"fingerprint\": \"abc\"}]}");
        assertThat(Cli.run("check", "--config", cfg.toString(), fixture("clean.facts.json")).err()).contains("\"reason\"");
        Files.writeString(cfg, "{\"profile\": {\"no.such.value\": 3}}");
        assertThat(Cli.run("check", "--config", cfg.toString(), fixture("clean.facts.json")).code()).isEqualTo(2);
    }

    @Test
    void configProfileValuesReachTheRules() throws IOException {
        Path cfg = Files.writeString(tmp.resolve("c.json"), "{\"profile\": {\"disclosure.licence.expiryWindowMonths\": 6}}");
        assertThat(Cli.run("check", "--config", cfg.toString(), fixture("clean.facts.json")).code()).isZero();
    }

    @Test
    void sarifBaseMakesUrisRelativeToIt() throws IOException {
        Path base = Path.of("src/test/resources").toAbsolutePath();
        Cli r = Cli.run("check", "--format", "sarif", "--sarif-base", base.toString(), fixture("footing-errors.facts.json"));
        JsonNode art = MAPPER.readTree(r.out()).get("runs").get(0).get("artifacts").get(0).get("location");
        assertThat(art.get("uri").asText()).isEqualTo("fixtures/footing-errors.facts.json");
        assertThat(art.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    }
}

package io.tickmark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.tickmark.cli.Cli.fixture;
import static org.assertj.core.api.Assertions.assertThat;

class BaselineCliTest {
    @TempDir
    Path tmp;

    @Test
    void aPreviousJsonReportSuppressesItsFindingsFromGating() throws IOException {
        Path base = tmp.resolve("baseline.json");
        assertThat(Cli.run("check", "--format", "json", "--output", base.toString(), fixture("footing-errors.facts.json")).code()).isEqualTo(1);
        Cli again = Cli.run("check", "--baseline", base.toString(), fixture("footing-errors.facts.json"));
        assertThat(again.code()).isEqualTo(0);
        assertThat(again.out()).contains("[baseline]").contains("2 finding(s) marked [baseline]");
        // a new finding still fails: the clean file's baseline knows nothing of these errors
        Path cleanBase = tmp.resolve("clean.json");
        Cli.run("check", "--format", "json", "--output", cleanBase.toString(), fixture("clean.facts.json"));
        assertThat(Cli.run("check", "--baseline", cleanBase.toString(), fixture("footing-errors.facts.json")).code()).isEqualTo(1);
    }

    @Test
    void unreadableBaselineIsAUsageError() throws IOException {
        Cli r = Cli.run("check", "--baseline", tmp.resolve("none.json").toString(), fixture("clean.facts.json"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).isEqualTo(1);
        Path junk = Files.writeString(tmp.resolve("junk.json"), "[1,2]");
        assertThat(Cli.run("check", "--baseline", junk.toString(), fixture("clean.facts.json")).code()).isEqualTo(2);
    }
}

package io.tickmark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static io.tickmark.cli.Cli.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/** Exit codes of ../shared/DESIGN.md, through {@link Main#run}: what a CI job gates on. */
class ExitCodesTest {
    @TempDir
    Path tmp;

    @Test
    void cleanFileExitsZero() {
        Cli r = Cli.run("check", fixture("clean.facts.json"));
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("No findings.");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void errorFindingExitsOne() {
        Cli r = Cli.run("check", fixture("footing-errors.facts.json"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("CON-001");
    }

    @Test
    void failOnDecidesWhichSeverityGates() {
        // warning-only: one EXT-001 warning, everything foots
        assertThat(Cli.run("check", fixture("warning-only.facts.json")).code()).isEqualTo(0);
        assertThat(Cli.run("check", "--fail-on", "warning", fixture("warning-only.facts.json")).code()).isEqualTo(1);
        assertThat(Cli.run("check", "--fail-on", "note", fixture("warning-only.facts.json")).code()).isEqualTo(1);
        assertThat(Cli.run("check", "--fail-on", "none", fixture("footing-errors.facts.json")).code()).isEqualTo(0);
    }

    @Test
    void missingFileExitsTwoWithOneLineAndNoStackTrace() {
        Cli r = Cli.run("check", tmp.resolve("no-such-filing.txt").toString());
        assertUnreadable(r, "no such file");
    }

    @Test
    void emptyFileExitsTwo() throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        assertUnreadable(Cli.run("check", empty.toString()), "empty");
    }

    @Test
    void binaryJunkExitsTwo() throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[0] = 0x00;
        Path bin = Files.write(tmp.resolve("junk.bin"), junk);
        assertUnreadable(Cli.run("check", bin.toString()), "not a PDF, text or facts JSON");
    }

    @Test
    void brokenFactsJsonExitsTwo() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"document\": {\"kind\": \"x\"}, \"lineItems\": [{\"table\": \"t\", \"value\": \"abc\"}]}");
        assertUnreadable(Cli.run("check", bad.toString()), "not a number");
    }

    @Test
    void severalFilesGiveTheHighestCodeAndEveryReadableFileIsReported() throws IOException {
        Path missing = tmp.resolve("missing.txt");
        Cli r = Cli.run("check", "--format", "json", fixture("clean.facts.json"), missing.toString(), fixture("footing-errors.facts.json"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("clean.facts.json").contains("footing-errors.facts.json").contains("CON-001");
        assertThat(r.out()).contains("\"errors\"").contains("missing.txt");
        assertThat(r.errLines()).isEqualTo(1);

        Cli findings = Cli.run("check", fixture("clean.facts.json"), fixture("footing-errors.facts.json"));
        assertThat(findings.code()).isEqualTo(1);
        assertThat(findings.out()).contains("== " + fixture("clean.facts.json")).contains("== " + fixture("footing-errors.facts.json"));
    }

    @Test
    void internalErrorInOneFileExitsThreeAndTheOthersAreStillReported() {
        // a user pack whose rule throws on documents of one kind stands in for a bug
        Cli r = Cli.run("check", "--rules", "src/test/resources/userpacks/explode", "--format", "json",
                fixture("footing-errors.facts.json"), fixture("explode.facts.json"));
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("internal error while checking " + fixture("explode.facts.json")).doesNotContain("\tat ");
        assertThat(r.errLines()).isEqualTo(1);
        assertThat(r.out()).contains("footing-errors.facts.json").contains("CON-001");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Cli.run("check", "--format", "pdf", fixture("clean.facts.json")).code()).isEqualTo(2);
        assertThat(Cli.run("check", "--fail-on", "fatal", fixture("clean.facts.json")).code()).isEqualTo(2);
        assertThat(Cli.run("check", "--pack", "nosuchpack", fixture("clean.facts.json")).code()).isEqualTo(2);
        assertThat(Cli.run("check", "--no-such-option", fixture("clean.facts.json")).code()).isEqualTo(2);
        assertThat(Cli.run("check").code()).isEqualTo(2);
        Cli unknownPack = Cli.run("check", "--pack", "nosuchpack", fixture("clean.facts.json"));
        assertThat(unknownPack.err()).contains("no rule pack nosuchpack").contains("consistency");
    }

    @Test
    void packNarrowingKeepsDeriveOn() {
        // consistency needs derive's footings: narrowing to it still finds the footing error
        assertThat(Cli.run("check", "--pack", "consistency", fixture("footing-errors.facts.json")).code()).isEqualTo(1);
        // extraction alone does not judge footings
        Cli r = Cli.run("check", "--pack", "extraction", fixture("footing-errors.facts.json"));
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).doesNotContain("CON-001");
    }

    @Test
    void outputFileReceivesTheReport() throws IOException {
        Path out = tmp.resolve("report.json");
        Cli r = Cli.run("check", "--format", "json", "--output", out.toString(), fixture("footing-errors.facts.json"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).contains("\"ruleId\" : \"CON-001\"");
        Cli nowhere = Cli.run("check", "--output", tmp.resolve("no/such/dir/r.txt").toString(), fixture("clean.facts.json"));
        assertThat(nowhere.code()).isEqualTo(2);
        assertThat(nowhere.errLines()).isEqualTo(1);
    }

    @Test
    void helpDocumentsExitCodesFormatsAndBaseline() {
        Cli r = Cli.run("check", "--help");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("Exit codes").contains("sarif").contains("junit").contains("html")
                .contains("--baseline").contains("fingerprint").contains("--rules");
    }

    private static void assertUnreadable(Cli r, String reason) {
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).as("one line on stderr: %s", r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("tickmark: ").contains(reason).doesNotContain("Exception").doesNotContain("\tat ");
    }
}

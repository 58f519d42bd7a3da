package io.tickmark.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static io.tickmark.cli.Cli.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/** The first filing of a check line is found as picocli reads the line, before picocli has parsed it. */
class FirstFilingTest {
    @Test
    void theOptionsThatTakeAValueAreTheCommandsOwn() {
        CommandLine main = new CommandLine(new Main());
        main.addSubcommand(new CheckCommand());
        Set<String> takeValues = new TreeSet<>();
        for (CommandLine.Model.OptionSpec o : main.getSubcommands().get("check").getCommandSpec().options()) {
            if (o.arity().max() > 0) takeValues.addAll(Set.of(o.names()));
        }
        assertThat(new TreeSet<>(FirstFiling.VALUE_OPTIONS)).isEqualTo(takeValues);
    }

    @Test
    void theFirstFilingIsTheFirstArgumentThatIsNeitherAnOptionNorItsValue() {
        assertThat(FirstFiling.scan("check", "a.pdf", "b.pdf").first()).isEqualTo(Path.of("a.pdf"));
        assertThat(FirstFiling.scan("check", "--format", "json", "--output", "out.json", "a.pdf").first()).isEqualTo(Path.of("a.pdf"));
        assertThat(FirstFiling.scan("check", "--format=json", "--show-passed", "a.pdf").first()).isEqualTo(Path.of("a.pdf"));
        assertThat(FirstFiling.scan("--debug", "check", "--pack", "derive", "--jobs", "1", "a.txt").first()).isEqualTo(Path.of("a.txt"));
        assertThat(FirstFiling.scan("check", "a.txt", "--format", "sarif").first()).isEqualTo(Path.of("a.txt"));
        // after "--" an argument that looks like an option is a file
        assertThat(FirstFiling.scan("check", "--", "-odd.txt").first()).isEqualTo(Path.of("-odd.txt"));
    }

    @Test
    void thePasswordGoesWithTheRead() {
        assertThat(FirstFiling.scan("check", "--password", "s3cret", "a.pdf")).isEqualTo(new FirstFiling.Scan(Path.of("a.pdf"), "s3cret"));
        assertThat(FirstFiling.scan("check", "a.pdf", "--password=s3cret")).isEqualTo(new FirstFiling.Scan(Path.of("a.pdf"), "s3cret"));
    }

    @Test
    void otherLinesReadNothing() {
        assertThat(FirstFiling.scan("rules", "list").first()).isNull();
        assertThat(FirstFiling.scan("check").first()).isNull();
        assertThat(FirstFiling.scan("check", "--format", "json").first()).isNull();
        assertThat(FirstFiling.scan("extract", "a.pdf").first()).isNull();
        assertThat(FirstFiling.scan().first()).isNull();
        assertThat(FirstFiling.scan("check", "bad\u0000name").first()).isNull();
    }

    @Test
    void aReadIsTakenOnlyForItsFileAndPassword() {
        io.tickmark.run.ReadAhead read = io.tickmark.run.ReadAhead.start(Path.of(fixture("clean.facts.json")), null);
        try {
            assertThat(read.isFor(Path.of(fixture("clean.facts.json")), null)).isTrue();
            assertThat(read.isFor(Path.of(fixture("clean.facts.json")), "s3cret")).isFalse();
            assertThat(read.isFor(Path.of("other.pdf"), null)).isFalse();
            assertThat(io.tickmark.run.ReadAhead.NONE.isFor(Path.of("other.pdf"), null)).isFalse();
        } finally {
            read.cancel();
        }
    }

    @Test
    void aCheckTakesTheEarlyReadOrReadsItsFilingItself() {
        // the same report however the line names the filing
        String facts = fixture("clean.facts.json");
        Cli early = Cli.run("check", "--format", "json", facts);
        Cli afterEnd = Cli.run("check", "--format=json", "--", facts);
        assertThat(early.code()).isEqualTo(0);
        assertThat(early.out()).isEqualTo(afterEnd.out());
        // a line picocli refuses still refuses, in its words, whatever was read early
        Cli refused = Cli.run("check", "--format", "bogus", facts);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("unknown --format bogus");
    }
}

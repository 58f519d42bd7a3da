package io.tickmark.cli;

import org.junit.jupiter.api.Test;

import static io.tickmark.cli.Cli.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Main adds only the command a command line names (building every command's model cost more than the
 * JVM's start); whatever else the line says must still find every command.
 */
class CommandsTest {
    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertThat(Main.commandsFor("check", "--format", "json", "x.pdf")).singleElement().isInstanceOf(CheckCommand.class);
        assertThat(Main.commandsFor("--debug", "--verbose", "rules", "list")).singleElement().isInstanceOf(RulesCommand.class);
    }

    @Test
    void anythingElseGetsEveryCommand() {
        assertThat(Main.commandsFor()).hasSize(7);
        assertThat(Main.commandsFor("--help")).hasSize(7);
        assertThat(Main.commandsFor("chek", "x.pdf")).hasSize(7);
        // a file name that is also a command's name after another word is not a command
        assertThat(Main.commandsFor("x.pdf", "check")).hasSize(7);
    }

    @Test
    void usageStillListsEveryCommand() {
        Cli help = Cli.run("--help");
        assertThat(help.code()).isEqualTo(0);
        assertThat(help.out()).contains("check", "baseline", "extract", "rules", "concepts", "annotate", "diff");

        Cli typo = Cli.run("chek", fixture("clean.facts.json"));
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("Unmatched arguments", "'chek'");
    }

    @Test
    void aMisspeltCommandOrOptionGetsTheNearestNames() {
        Cli command = Cli.run("chek", fixture("clean.facts.json"));
        assertThat(command.err()).contains("did you mean check?");
        // a file named without a command is not near any command
        assertThat(Cli.run(fixture("clean.facts.json")).err()).doesNotContain("did you mean");
        Cli option = Cli.run("check", "--fromat", "json", fixture("clean.facts.json"));
        assertThat(option.code()).isEqualTo(2);
        assertThat(option.err()).contains("Unknown option: '--fromat'", "did you mean --format?");
        // nothing near: the one line only
        Cli far = Cli.run("check", "--zzzzzzzz", fixture("clean.facts.json"));
        assertThat(far.err()).doesNotContain("did you mean");
        assertThat(far.err().strip().lines()).hasSize(1);
    }

    @Test
    void inheritedOptionsReachTheOneCommand() {
        // --debug and --verbose are tickmark's own options, inherited by every command, before or after its name
        assertThat(Cli.run("--debug", "check", fixture("clean.facts.json")).code()).isEqualTo(0);
        assertThat(Cli.run("check", "--verbose", fixture("clean.facts.json")).code()).isEqualTo(0);
        assertThat(Cli.run("rules", "list", "--debug").code()).isEqualTo(0);
    }
}

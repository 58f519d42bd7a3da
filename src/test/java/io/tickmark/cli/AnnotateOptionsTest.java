package io.tickmark.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** annotate takes its options through the same checks as check: one line and exit 2, nothing overwritten. */
class AnnotateOptionsTest {
    private static final String FILING = "examples/harbour-lights-2023-annual.txt";

    @Test
    void anAsOfDateOutOfRangeIsOneLine() {
        Cli r = Cli.run("annotate", "--as-of", "+999999999-12-31", "--output", "/tmp/never-written.pdf", FILING);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).isEqualTo(1);
        assertThat(r.err()).contains("--as-of").doesNotContain("Exception");
    }

    @Test
    void theOutputIsNeverTheInput() {
        Cli r = Cli.run("annotate", "--output", FILING, FILING);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("tickmark: --output " + FILING + " is the input").doesNotContain("\n");
    }

    /** A misspelt pack would run nothing and annotate a clean-looking copy: refused as check refuses it. */
    @Test
    void anUnknownPackIsRefusedInTheSameWordsAsCheck(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String pdf = "examples/harbour-lights-2023-annual.pdf";
        Cli a = Cli.run("annotate", "--pack", "consistensy", "--output", dir.resolve("out.pdf").toString(), pdf);
        Cli c = Cli.run("check", "--pack", "consistensy", pdf);
        assertThat(a.code()).isEqualTo(2);
        assertThat(a.errLines()).isEqualTo(1);
        assertThat(a.err()).startsWith("tickmark: no rule pack consistensy (packs: ").isEqualTo(c.err());
        assertThat(dir.resolve("out.pdf")).doesNotExist();
    }

    @Test
    void aFailOnLevelThatIsNoneOfTheFourIsRefusedInTheSameWordsAsCheck() {
        Cli a = Cli.run("annotate", "--fail-on", "Warning", "--output", "/tmp/never-written.pdf", "examples/harbour-lights-2023-annual.pdf");
        Cli c = Cli.run("check", "--fail-on", "Warning", FILING);
        assertThat(a.code()).isEqualTo(2);
        assertThat(a.err()).isEqualTo(c.err()).contains("--fail-on must be error, warning, note or none, not Warning");
    }
}

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
}

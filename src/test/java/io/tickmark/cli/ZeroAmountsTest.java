package io.tickmark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A filing whose amounts are all zero (figures lost, an empty template) never exits 0 under --fail-on warning. */
class ZeroAmountsTest {
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d,.])\\d{1,3}(?:,\\d{3})+(?![\\d,])|(?<![\\d,.\\w])\\d+(?![\\d,.\\w])");

    @TempDir
    Path dir;

    @Test
    void statementsOfZerosAreNamedNotPassed() throws IOException {
        String text = Files.readString(Path.of("examples/harbour-lights-2023-annual.txt"));
        Matcher m = AMOUNT.matcher(text);
        StringBuilder zeros = new StringBuilder();
        while (m.find()) {
            String n = m.group();
            boolean year = n.matches("(19|20)\\d\\d");
            m.appendReplacement(zeros, year ? n : n.replaceAll("\\d", "0"));
        }
        m.appendTail(zeros);
        Path filing = Files.writeString(dir.resolve("zeros.txt"), zeros.toString());

        Cli clean = Cli.run("check", "--fail-on", "warning", "examples/harbour-lights-2023-annual.txt");
        Cli r = Cli.run("check", "--fail-on", "warning", filing.toString());

        assertThat(clean.code()).isZero();
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).contains("EXT-004").contains("Every figure read from balance/consolidated is zero");
        assertThat(r.err()).isEmpty();
    }
}

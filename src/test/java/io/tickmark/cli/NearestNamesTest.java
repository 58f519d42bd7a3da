package io.tickmark.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NearestNamesTest {
    private static final List<String> OPTIONS = List.of("--format", "--output", "--fail-on", "--jobs", "--pack", "--prior", "--profile");

    @Test
    void oneEditAwayIsNear() {
        assertThat(NearestNames.of("--fromat", OPTIONS)).containsExactly("--format");  // two letters swapped
        assertThat(NearestNames.of("--outpt", OPTIONS)).containsExactly("--output");   // one dropped
        assertThat(NearestNames.of("--failon", OPTIONS)).containsExactly("--fail-on");
        assertThat(NearestNames.of("chek", List.of("check", "baseline", "extract"))).containsExactly("check");
    }

    @Test
    void theClosestWinAndTiesAreAllNamed() {
        assertThat(NearestNames.of("--prifile", OPTIONS)).containsExactly("--profile");
        assertThat(NearestNames.of("--prxxr", OPTIONS)).containsExactly("--prior");
        assertThat(NearestNames.of("--pac", List.of("--pack", "--pace"))).containsExactly("--pack", "--pace");
    }

    @Test
    void farOrShortNamesAreNotNear() {
        assertThat(NearestNames.of("--zzzzzz", OPTIONS)).isEmpty();
        assertThat(NearestNames.of("report.pdf", List.of("check", "diff", "rules"))).isEmpty();
        // two edits turn "ab" into anything of two letters: a short name is near only within under half its length
        assertThat(NearestNames.of("xy", List.of("ab"))).isEmpty();
    }

    @Test
    void distanceCountsASwapAsOneEdit() {
        assertThat(NearestNames.distance("format", "fromat")).isEqualTo(1);
        assertThat(NearestNames.distance("", "abc")).isEqualTo(3);
        assertThat(NearestNames.distance("kitten", "sitting")).isEqualTo(3);
    }
}

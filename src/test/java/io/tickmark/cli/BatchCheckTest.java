package io.tickmark.cli;

import io.tickmark.run.Batch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code check DIR}, {@code --jobs} and {@code --format jsonl}: many filings in one call. */
class BatchCheckTest {
    private static final Path CLEAN = Path.of("examples/harbour-lights-2023-annual.txt");
    private static final Path RED = Path.of("examples/red-lantern-2022-interim.txt");

    @TempDir
    Path dir;

    @Test
    void outcomesArriveInInputOrderWhateverFinishesFirst() {
        List<Integer> in = IntStream.range(0, 40).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        Batch.inOrder(in, 4, i -> {
            try {
                Thread.sleep((40 - i) % 7);  // later inputs often finish first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return i;
        }, seen::add);
        assertThat(seen).isEqualTo(in);
    }

    @Test
    void aFolderIsCheckedByContentInPathOrder() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("drafts/2022"));
        Files.copy(RED, sub.resolve("b-interim.txt"));
        Files.copy(CLEAN, dir.resolve("a-annual.txt"));
        Files.writeString(dir.resolve("notes.md"), "# reviewer notes\nTotal 1 2 3\n");
        Files.writeString(dir.resolve("scan.png"), "\u0089PNG");
        Files.createDirectories(dir.resolve(".git"));
        Files.copy(CLEAN, dir.resolve(".git/HEAD.txt"));

        Cli r = Cli.run("check", "--format", "jsonl", dir.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(1);  // the interim report's two mistakes
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("a-annual.txt");
        assertThat(lines.get(1)).contains("b-interim.txt").contains("\"ruleId\":\"CON-001\"");
        assertThat(r.err()).contains("2 file(s) in the folders given are not filings");
    }

    @Test
    void parallelJobsGiveTheSameReportAsOne() {
        String[] files = {CLEAN.toString(), RED.toString(), "examples/jade-harbour-2021-annual.txt", CLEAN.toString()};
        Cli one = Cli.run(concat(new String[] {"check", "--format", "json", "--jobs", "1"}, files));
        Cli two = Cli.run(concat(new String[] {"check", "--format", "json", "--jobs", "3"}, files));
        assertThat(two.code()).isEqualTo(one.code()).isEqualTo(1);
        assertThat(two.out()).isEqualTo(one.out());
    }

    @Test
    void jsonLinesKeepGoingPastAnUnreadableFiling() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Cli r = Cli.run("check", "--format", "jsonl", "--fail-on", "none", CLEAN.toString(), empty.toString(), CLEAN.toString());
        assertThat(r.code()).isEqualTo(2);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("empty.txt").contains("\"errors\":[{");
        assertThat(r.err().lines()).hasSize(1).allMatch(l -> l.startsWith("tickmark: ") && l.contains("empty"));
    }

    @Test
    void aJobCountOutOfRangeIsAUsageError() {
        Cli r = Cli.run("check", "--jobs", "0", CLEAN.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("tickmark: --jobs must be 1 to 256, not 0");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] c = new String[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}

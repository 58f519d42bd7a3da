package io.tickmark.realdocs;

import io.tickmark.cli.Cli;
import io.tickmark.testing.RealDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No silent pass: a 10-K whose balance sheet is gone, or unreadable, is reported as such. The
 * 10-K's layout text is read from ../shared and changed in a temporary copy.
 */
class MissingStatementTest {
    @TempDir
    Path tmp;

    /** The lines of the balance sheet: from its title to the "See accompanying Notes" line below it. */
    private static int[] balanceSheet(List<String> lines) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equalsIgnoreCase("Consolidated Balance Sheets")) {
                start = i;
                break;
            }
        }
        assertThat(start).as("balance sheet title").isGreaterThan(0);
        int end = start;
        while (!lines.get(end).contains("See accompanying Notes")) end++;
        return new int[]{start, end};
    }

    private Path write(String name, List<String> lines) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, String.join("\n", lines), StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> apple() throws Exception {
        return new ArrayList<>(Files.readAllLines(RealDocuments.require("corpus/APPLE_2022_10K.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void theIntactReportHasNoMissingStatementFinding() throws Exception {
        Cli r = Cli.run("check", "--pack", "extraction", "--fail-on", "warning", RealDocuments.require("corpus/APPLE_2022_10K.txt").toString());
        assertThat(r.out()).doesNotContain("EXT-003");
    }

    @Test
    void aDeletedBalanceSheetIsNamedAndFailsAWarningGate() throws Exception {
        List<String> lines = apple();
        int[] bs = balanceSheet(lines);
        lines.subList(bs[0], bs[1] + 1).clear();
        Cli r = Cli.run("check", "--fail-on", "warning", write("no-balance-sheet.txt", lines).toString());
        assertThat(r.out()).contains("EXT-003").contains("No balance sheet was read");
        assertThat(r.out()).doesNotContain("No income statement was read").doesNotContain("No cash-flow statement was read");
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void aBalanceSheetWhoseDigitsAreLettersIsNamedAndFailsAWarningGate() throws Exception {
        List<String> lines = apple();
        int[] bs = balanceSheet(lines);
        for (int i = bs[0]; i <= bs[1]; i++) {
            StringBuilder s = new StringBuilder(lines.get(i));
            for (int k = 0; k < s.length(); k++) if (Character.isDigit(s.charAt(k))) s.setCharAt(k, (char) ('a' + s.charAt(k) - '0'));
            lines.set(i, s.toString());
        }
        Cli r = Cli.run("check", "--fail-on", "warning", write("letters-balance-sheet.txt", lines).toString());
        assertThat(r.out()).contains("EXT-003").contains("No balance sheet was read");
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void aReportWhoseDigitsAreAllLettersIsAnErrorNamingEveryStatement() throws Exception {
        List<String> lines = apple();
        lines.replaceAll(s -> s.replaceAll("[0-9]", "x"));
        Cli r = Cli.run("check", write("all-letters.txt", lines).toString());
        assertThat(r.out()).contains("EXT-002").contains("No balance sheet was read").contains("No income statement was read")
                .contains("No cash-flow statement was read");
        assertThat(r.code()).isEqualTo(1);
    }
}

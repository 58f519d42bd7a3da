package io.tickmark.util;

import io.tickmark.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Left-to-right marks inside a statement's column headers ("‎Paid-In", "‎Total"), as a retailer's
 * 10-K carries them, and soft hyphens for a table's nil dashes, as a PDF rewritten by MuPDF gives
 * them: the statement must read and check as it does without them.
 */
class DrawnTextTest {
    @TempDir
    Path dir;

    private static final String LRM = "\u200E";

    private static final String EQUITY = String.join("\n",
            "Harbour Lights Trading Inc.",
            "CONSOLIDATED STATEMENTS OF CHANGES IN SHAREHOLDERS' EQUITY",
            "$ in millions",
            "",
            "                                                Common     Paid-In    Retained   Comprehensive       Total",
            "                                                 Stock     Capital    Earnings          Income      Equity",
            "Balances as of February 1, 2020                $    26     $     —    $  3,158      $      295    $  3,479",
            "Net earnings                                         —           —       1,798               —       1,798",
            "Issuance of common stock                             —          28           —               —          28",
            "Repurchase of common stock                           —        (28)       (290)               —       (318)",
            "Balances as of January 30, 2021                $    26     $     —    $  4,666      $      295    $  4,987",
            "");

    @Test
    void marksAreRemovedAndNothingElse() {
        assertThat(DrawnText.of(LRM + "Paid-In")).isEqualTo("Paid-In");
        assertThat(DrawnText.of("zero\u200Bwidth\uFEFF")).isEqualTo("zerowidth");
        assertThat(DrawnText.of("share\u00AD")).as("a soft hyphen in a text layer is a drawn hyphen").isEqualTo("share-");
        String plain = "Total equity 4,987";
        assertThat(DrawnText.of(plain)).isSameAs(plain);
    }

    @Test
    void headersCarryingMarksReadAsWithout() throws Exception {
        // the mark before each header word, where the filing's text has it
        String marked = EQUITY.replace("Paid-In", LRM + "Paid-In").replace("Total", LRM + "Total")
                .replace("Equity", LRM + "Equity").replace("Retained", LRM + "Retained");
        String plain = summary(EQUITY, "plain.txt");
        assertThat(plain).containsPattern("equity/consolidated\\s+5/5\\s+10\\s+10\\s+0\\s");
        assertThat(summary(marked, "marked.txt")).isEqualTo(plain);
    }

    @Test
    void nilsGivenAsSoftHyphensReadAsNils() throws Exception {
        String plain = summary(EQUITY, "plain.txt");
        assertThat(summary(EQUITY.replace("—", "\u00AD"), "soft.txt")).isEqualTo(plain);
    }

    /** The text report's coverage row of the equity statement. */
    private String summary(String text, String name) throws Exception {
        Path f = Files.writeString(dir.resolve(name), text);
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "check", "--format", "text", "--fail-on", "none", f.toString());
        return out.toString().lines().filter(l -> l.contains("checks run") || l.contains("equity/")).map(String::trim)
                .reduce("", (a, b) -> a + b + "\n").replace(name, "");
    }
}

package io.tickmark.extract.pdf;

import io.tickmark.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No silent pass on a damaged PDF: every copy of a one-page balance sheet with one bit flipped is
 * either refused (exit 2, one line), or reported with something to look at under
 * {@code --fail-on warning} (exit 1), or, where the flip touched nothing that is read, checked
 * exactly like the original (same report). A copy that exits 0 with a different, thinner report is a
 * statement lost silently.
 */
class BitFlippedPdfTest {
    @TempDir
    Path dir;

    @Test
    @org.junit.jupiter.api.Disabled("issue 10, open: 6 of these 60 copies (10%; 8 before damaged operators were reported) lose "
            + "checks with no finding: letters dropped from labels by a damaged font (a label no concept knows), a string "
            + "that PDFBox's content parser skips without telling, a total whose figures were cut. Kept as the reproducer.")
    void aFlippedBitNeverPassesSilently() throws Exception {
        Path original = PdfFixtures.balanceSheet(dir.resolve("original.pdf"), PdfFixtures.Options.plain());
        Run base = run(original);
        assertThat(base.code).isNotEqualTo(2);
        byte[] bytes = Files.readAllBytes(original);
        Random random = new Random(20261206L);
        List<String> silent = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            byte[] copy = bytes.clone();
            int at = random.nextInt(copy.length);
            copy[at] ^= (byte) (1 << random.nextInt(8));
            Path flipped = Files.write(dir.resolve("flipped-" + i + ".pdf"), copy);
            Run r = run(flipped);
            assertThat(r.err.lines().count()).as("one line at most on stderr for byte %d: %s", at, r.err).isLessThanOrEqualTo(1);
            assertThat(r.err).doesNotContain("Exception").doesNotContain("\tat ");
            if (r.code != 2 && lostSilently(base.out, r.out)) silent.add("byte " + at);
        }
        assertThat(silent).as("copies that exit 0 with a report unlike the original's").isEmpty();
    }

    @Test
    void aContentStreamWithAnOperatorThatIsNoPdfOperatorIsReportedNotReadAsComplete() throws Exception {
        Path original = PdfFixtures.balanceSheet(dir.resolve("whole.pdf"), PdfFixtures.Options.plain());
        Path damaged = dir.resolve("damaged.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(original.toFile())) {
            org.apache.pdfbox.pdmodel.PDPage page = doc.getPage(0);
            byte[] content;
            try (java.io.InputStream in = page.getContents()) {
                content = in.readAllBytes();
            }
            String text = new String(content, java.nio.charset.StandardCharsets.ISO_8859_1);
            // one operator name garbled half-way down the page, as one flipped bit does
            int at = text.indexOf(" Tj", text.length() / 2);
            String broken = text.substring(0, at) + " Tq" + text.substring(at + 3);
            org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(doc);
            try (java.io.OutputStream out = stream.createOutputStream()) {
                out.write(broken.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            page.setContents(stream);
            doc.save(damaged.toFile());
        }
        Run r = run(damaged);
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).contains("page content could not be read");
        assertThat(run(original).out).doesNotContain("page content could not be read");
    }

    private record Run(int code, String out, String err) {}

    /** Fewer checks passed than on the original, and no finding at warning or above that the original lacks. */
    private static boolean lostSilently(String original, String flipped) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode a = m.readTree(original);
        com.fasterxml.jackson.databind.JsonNode b = m.readTree(flipped);
        int passedA = a.path("documents").path(0).path("checks").path("passed").asInt();
        int passedB = b.path("documents").path(0).path("checks").path("passed").asInt();
        if (passedB >= passedA) return false;
        java.util.Set<String> before = new java.util.HashSet<>();
        for (com.fasterxml.jackson.databind.JsonNode f : a.path("findings")) before.add(f.path("ruleId").asText());
        for (com.fasterxml.jackson.databind.JsonNode f : b.path("findings")) {
            String sev = f.path("severity").asText();
            if ((sev.equals("warning") || sev.equals("error")) && !before.contains(f.path("ruleId").asText())) return false;
        }
        return true;
    }

    private static Run run(Path pdf) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "check", "--format", "json",
                "--fail-on", "warning", pdf.toString());
        return new Run(code, out.toString(), err.toString());
    }
}

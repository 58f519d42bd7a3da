package io.tickmark.extract.pdf;

import io.tickmark.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
    void aFlippedBitNeverPassesSilently() throws Exception {
        Path original = PdfFixtures.balanceSheet(dir.resolve("original.pdf"), PdfFixtures.Options.plain());
        Run base = run(original);
        assertThat(base.code).isNotEqualTo(2);
        byte[] bytes = Files.readAllBytes(original);
        // A longer run: -Dtickmark.bitflips=1000 -Dtickmark.bitflipSeed=N
        Random random = new Random(Long.getLong("tickmark.bitflipSeed", 20261206L));
        int copies = Integer.getInteger("tickmark.bitflips", 60);
        List<String> silent = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
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
        rewriteContent(original, damaged, text -> {
            // one operator name garbled half-way down the page, as one flipped bit does
            int at = text.indexOf(" Tj", text.length() / 2);
            return deflate((text.substring(0, at) + " Tq" + text.substring(at + 3)).getBytes(StandardCharsets.ISO_8859_1));
        });
        Run r = run(damaged);
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).contains("page content could not be read");
        assertThat(run(original).out).doesNotContain("page content could not be read");
    }

    /**
     * What a flipped bit in compressed content mostly does: the data still inflates, to text with a
     * letter lost ("equty"), and only the stream's checksum tells. Made here by changing the text and
     * keeping the checksum of the original.
     */
    @Test
    void compressedContentThatFailsItsChecksumIsReportedEvenThoughItInflates() throws Exception {
        Path original = PdfFixtures.balanceSheet(dir.resolve("whole.pdf"), PdfFixtures.Options.plain());
        Path damaged = dir.resolve("damaged.pdf");
        rewriteContent(original, damaged, text -> {
            byte[] good = deflate(text.getBytes(StandardCharsets.ISO_8859_1));
            byte[] bad = deflate(text.replace("equity", "equty").getBytes(StandardCharsets.ISO_8859_1));
            System.arraycopy(good, good.length - 4, bad, bad.length - 4, 4); // the original's Adler-32
            return bad;
        });
        Run r = run(damaged);
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).contains("page content is damaged (its compressed data fails its checksum)");
        assertThat(run(original).out).doesNotContain("fails its checksum");
    }

    /** A compressed stream cut short (its end and checksum missing) is damage too. */
    @Test
    void compressedContentCutShortIsReported() throws Exception {
        Path original = PdfFixtures.balanceSheet(dir.resolve("whole.pdf"), PdfFixtures.Options.plain());
        Path damaged = dir.resolve("cut.pdf");
        rewriteContent(original, damaged, text -> {
            byte[] all = deflate(text.getBytes(StandardCharsets.ISO_8859_1));
            return java.util.Arrays.copyOf(all, all.length * 2 / 3);
        });
        Run r = run(damaged);
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).containsAnyOf("fails its checksum", "page content could not be read");
    }

    /** A string left open swallows the rest of the page; PDFBox stops there without a word. */
    @Test
    void aStringLeftOpenIsReportedNotReadAsTheEndOfThePage() throws Exception {
        Path original = PdfFixtures.balanceSheet(dir.resolve("whole.pdf"), PdfFixtures.Options.plain());
        Path damaged = dir.resolve("open.pdf");
        rewriteContent(original, damaged, text -> {
            int at = text.indexOf(") Tj", text.length() / 2);
            return deflate((text.substring(0, at) + "] Tj" + text.substring(at + 4)).getBytes(StandardCharsets.ISO_8859_1));
        });
        Run r = run(damaged);
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).contains("page content could not be read");
    }

    private static byte[] deflate(byte[] data) {
        java.util.zip.Deflater d = new java.util.zip.Deflater();
        d.setInput(data);
        d.finish();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        d.end();
        return out.toByteArray();
    }

    /** Replaces the first page's content with the given Flate-encoded bytes made from its decoded text. */
    private static void rewriteContent(Path from, Path to, java.util.function.Function<String, byte[]> encode) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(from.toFile())) {
            org.apache.pdfbox.pdmodel.PDPage page = doc.getPage(0);
            String text;
            try (java.io.InputStream in = page.getContents()) {
                text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            org.apache.pdfbox.cos.COSStream stream = doc.getDocument().createCOSStream();
            try (java.io.OutputStream out = stream.createRawOutputStream()) {
                out.write(encode.apply(text));
            }
            stream.setItem(org.apache.pdfbox.cos.COSName.FILTER, org.apache.pdfbox.cos.COSName.FLATE_DECODE);
            page.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.CONTENTS, stream);
            doc.save(to.toFile(), org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
        }
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

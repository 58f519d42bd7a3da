package io.tickmark.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickmark.cli.Main;
import io.tickmark.testing.LayoutPdf;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each example filing is also bundled as a PDF, printed from its text by {@link LayoutPdf}: the PDF
 * reader must find in it what the text reader finds in the text (the same findings, subjects and
 * checks; only where they are differs: page and box instead of line). The committed PDF must be
 * the one its text prints to, so an edited example cannot leave a stale PDF behind.
 */
class ExamplePdfsTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> eachExamplePdfReadsAsItsText() throws IOException {
        List<Path> texts;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(texts).isNotEmpty();
        return texts.stream().map(t -> DynamicTest.dynamicTest(t.getFileName().toString(), () -> {
            Path pdf = Path.of(t.toString().replaceAll("\\.txt$", ".pdf"));
            assertThat(pdf).as("the PDF printed from %s (LayoutPdf)", t).exists();
            Path printed = LayoutPdf.write(Files.readString(t, StandardCharsets.UTF_8), dir.resolve(pdf.getFileName()));
            assertThat(Files.mismatch(pdf, printed)).as("%s is what %s prints to now (LayoutPdf)", pdf, t).isEqualTo(-1L);
            JsonNode fromText = check(t);
            JsonNode fromPdf = check(pdf);
            assertThat(subjects(fromPdf)).isEqualTo(subjects(fromText));
            assertThat(fromPdf.path("documents").path(0).path("checks")).isEqualTo(fromText.path("documents").path(0).path("checks"));
        }));
    }

    /** Each finding's rule, severity and fingerprint (its subject, not its place). */
    private static List<String> subjects(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            out.add(f.path("ruleId").asText() + " " + f.path("severity").asText() + " " + f.path("fingerprint").asText());
        }
        return out;
    }

    private static JsonNode check(Path filing) throws IOException {
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "check", "--format", "json", "--show-passed",
                "--fail-on", "none", filing.toString());
        return new ObjectMapper().readTree(out.toString());
    }
}

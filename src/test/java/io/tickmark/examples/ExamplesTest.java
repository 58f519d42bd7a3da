package io.tickmark.examples;

import io.tickmark.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: each filing under examples/ is checked and its JSON report must equal the
 * expected report beside it ({@code NAME.expected.json}). Run with {@code -Dtickmark.updateGolden=true}
 * to rewrite them after a deliberate change, and review the diff.
 */
class ExamplesTest {

    @TestFactory
    Stream<DynamicTest> eachExampleGivesItsExpectedReport() throws IOException {
        List<Path> filings;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            filings = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".facts.json")).sorted().toList();
        }
        assertThat(filings).isNotEmpty();
        return filings.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path filing) throws IOException {
        Path report = Files.createTempFile("tickmark-example", ".json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "check", "--format", "json", "--output",
                report.toString(), "examples/" + filing.getFileName());
        String actual = Files.readString(report, StandardCharsets.UTF_8);
        Path expectedFile = Path.of("examples", filing.getFileName().toString().replaceAll("\\.(txt|facts\\.json)$", "") + ".expected.json");
        if (Boolean.getBoolean("tickmark.updateGolden") || !Files.exists(expectedFile)) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(err.toString()).isEmpty();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
        boolean errors = actual.contains("\"severity\" : \"error\"");
        assertThat(exit).isEqualTo(errors ? 1 : 0);
    }
}

package io.tickmark.bench;

import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.layout.Tokenizer;
import io.tickmark.extract.narrative.NarrativeEnricher;
import io.tickmark.extract.table.StatementKind;
import io.tickmark.extract.text.TextExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The readers' hot parts, each over the lines of one layout-text filing (the file named by the
 * system property {@code tickmark.bench.file}, by default the bundled Harbour Lights example;
 * bench/jmh.sh passes seed 001 when ../shared is there). Extraction is nearly all of a check's
 * time: these say which part of it to work on. Figures per operation over the whole document.
 * Run: bench/jmh.sh [JMH options], not by mvn verify.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReaderBenchmarks {
    private String text;
    private String name;
    private LayoutDocument layout;

    @Setup
    public void load() throws IOException {
        Path file = Path.of(System.getProperty("tickmark.bench.file", "examples/harbour-lights-2023-annual.txt"));
        text = Files.readString(file, StandardCharsets.UTF_8);
        name = file.getFileName().toString();
        layout = LayoutDocument.fromText(name, text);
    }

    /** Lines, pages and their tokens from the text. */
    @Benchmark
    public LayoutDocument layout() {
        return LayoutDocument.fromText(name, text);
    }

    /** The tokenizer alone, over every line. */
    @Benchmark
    public void tokenize(Blackhole bh) {
        for (LayoutLine l : layout.lines()) bh.consume(Tokenizer.tokenize(l.text()));
    }

    /** Statement headings: every line is asked whether it opens a primary statement. */
    @Benchmark
    public void statementHeadings(Blackhole bh) {
        for (LayoutLine l : layout.lines()) bh.consume(StatementKind.ofLine(l.text()));
    }

    /** Tables, their rows, structure and facts (the layout given). */
    @Benchmark
    public Object tables() {
        return new TextExtractor().extract(layout, text, name);
    }

    /** Narrative facts: stated figures, going-concern language, disclosures. */
    @Benchmark
    public Object narrative() {
        return NarrativeEnricher.read(name, layout, 2021);
    }
}

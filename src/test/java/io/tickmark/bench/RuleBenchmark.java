package io.tickmark.bench;

import io.tickmark.engine.EngineResult;
import io.tickmark.engine.RuleEngine;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.json.FactsJson;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule time at scale (a benchmark: it prints figures and asserts nothing). Builds a facts JSON of
 * N line items shaped like statements (tables of 40 rows and 4 period columns, a total row over each
 * section of 9 rows, the same concept repeated across tables as real filings repeat a figure in a
 * note), reads it, and times the rule run alone over several rounds; then prints the JVM's peak
 * resident memory.
 *
 * <pre>bench/performance.sh  (or: java ... io.tickmark.bench.RuleBenchmark 100000 [ROUNDS])</pre>
 */
public final class RuleBenchmark {
    private static final int ROWS = 40;
    private static final int COLUMNS = 4;
    private static final int SECTION = 9;

    private RuleBenchmark() {}

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // the facts file is written once and read from disk in each round, as `check` reads a file: held
        // in memory, the text would stay reachable through every rule run, which a real run's does not
        Path file = args.length > 2 ? Path.of(args[2]) : Files.createTempFile("tickmark-rules-", ".json");
        // written as it is made: the whole text in memory (and its builder's doublings) went straight to the
        // old generation and stayed there as garbage through the rounds, adding ~100 MiB to the peak measured
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(items, out);
        }
        if (args.length <= 2) file.toFile().deleteOnExit();
        RuleEngine engine = RuleEngine.builtIn();
        Set<String> packs = new TreeSet<>(engine.packs());
        List<Long> times = new ArrayList<>();
        int checks = 0;
        for (int i = 0; i < rounds; i++) {
            long[] round = round(engine, packs, file, "generated-" + items + ".json");
            times.add(round[0]);
            checks = (int) round[1];
        }
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        System.out.printf(Locale.ROOT, "rules over %d line items: %d checks; times %s ms; median %d ms; peak RSS %d MiB%n",
                items, checks, times, sorted.get(sorted.size() / 2), peakRssKiB() / 1024);
    }

    /**
     * One round: the facts read, then the rules run and timed; returns the time (ms) and the number of
     * checks. A method of its own so that nothing of a round (its facts, its result) is still reachable
     * while the next round reads, as nothing of one filing is while `check` reads the next.
     */
    private static long[] round(RuleEngine engine, Set<String> packs, Path file, String name) throws IOException {
        Extraction ex = FactsJson.read(Files.readAllBytes(file), name);
        long start = System.nanoTime();
        EngineResult r = engine.run(ex, packs);
        return new long[] {(System.nanoTime() - start) / 1_000_000, r.checks().size()};
    }

    /** A facts file of about {@code items} line items, as text (for a profile over a small file). */
    static String facts(int items) {
        StringBuilder b = new StringBuilder();
        try {
            write(items, b);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);  // a StringBuilder does not throw
        }
        return b.toString();
    }

    /** Writes a facts file of about {@code items} line items; only the tables and relations are held meanwhile. */
    static void write(int items, Appendable out) throws IOException {
        int tables = Math.max(1, items / (ROWS * COLUMNS));
        StringBuilder tablesJson = new StringBuilder();
        StringBuilder relations = new StringBuilder();
        for (int t = 0; t < tables; t++) {
            String id = (t == 0 ? "balance/consolidated" : "note/" + t);
            String statement = t == 0 ? "balance" : "note";
            if (t > 0) tablesJson.append(',');
            tablesJson.append(String.format(Locale.ROOT, "{\"id\":\"%s\",\"statement\":\"%s\",\"scope\":\"consolidated\","
                    + "\"title\":\"Table %d\",\"columns\":[\"2023\",\"2022\",\"2021\",\"2020\"],\"rowsWithFigures\":%d,"
                    + "\"rowsRead\":%d,\"source\":{\"page\":%d,\"line\":1,\"lineEnd\":%d}}", id, statement, t, ROWS, ROWS, t + 1, ROWS));
        }
        out.append("{\"format\":\"tickmark-facts/1\",\"document\":{\"path\":\"generated.json\",\"kind\":\"annual-report\","
                + "\"entity\":\"Generated\",\"currency\":\"USD\",\"framework\":\"usgaap\"},\"tables\":[").append(tablesJson)
                .append("],\"lineItems\":[");
        boolean firstLine = true;
        for (int t = 0; t < tables; t++) {
            String id = (t == 0 ? "balance/consolidated" : "note/" + t);
            String statement = t == 0 ? "balance" : "note";
            for (int section = 0; section * (SECTION + 1) < ROWS; section++) {
                int first = section * (SECTION + 1);
                int total = Math.min(first + SECTION, ROWS - 1);
                StringBuilder parts = new StringBuilder();
                for (int r = first; r < total; r++) {
                    if (r > first) parts.append(',');
                    parts.append("{\"key\":\"").append(r).append("\",\"weight\":1}");
                }
                if (relations.length() > 0) relations.append(',');
                relations.append(String.format(Locale.ROOT, "{\"id\":\"%s:rows:%d\",\"kind\":\"rows\",\"table\":\"%s\",\"total\":\"%d\","
                        + "\"parts\":[%s],\"origin\":\"layout\",\"description\":\"section %d\"}", id, total, id, total, parts, section));
                for (int c = 0; c < COLUMNS; c++) {
                    long sum = 0;
                    for (int r = first; r <= total; r++) {
                        long value = r < total ? 1000L + 7L * r + 13L * c + t : sum;
                        sum += r < total ? value : 0;
                        // the first rows of every table share concepts, as a note repeats its statement line
                        String concept = r < 3 ? "\"concept\":\"Concept" + r + "\"," : "";
                        if (!firstLine) out.append(',');
                        firstLine = false;
                        out.append(String.format(Locale.ROOT, "{\"table\":\"%s\",\"statement\":\"%s\",\"scope\":\"consolidated\","
                                + "\"row\":%d,\"column\":%d,\"label\":\"%s %d\",%s\"columnLabel\":\"%d\",\"period\":\"%d-12-31\","
                                + "\"value\":\"%d\",\"decimals\":0,\"scale\":1000,\"unit\":\"USD\",\"source\":{\"page\":%d,\"line\":%d,"
                                + "\"column\":%d,\"columnEnd\":%d}}", id, statement, r, c, r == total ? "Total" : "Line", r, concept,
                                2023 - c, 2023 - c, value, t + 1, r + 1, 60 + 12 * c, 70 + 12 * c));
                    }
                }
            }
        }
        out.append("],\"relations\":[").append(relations).append("],\"extractionIssues\":[]}");
    }

    /** Peak resident set of this JVM (Linux), or 0 where /proc is absent. */
    static long peakRssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}

package io.tickmark.bench;

import io.tickmark.engine.RuleEngine;
import io.tickmark.facts.Check;
import io.tickmark.facts.Finding;
import io.tickmark.facts.TableInfo;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;
import io.tickmark.run.ProfileLoader;
import io.tickmark.source.UnreadableInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The false-failure harness: checks every filing in the folders given, in which every error-level
 * consistency failure is presumed false (audited filings of going concerns), and prints per document
 * and in total: checks run and passed, error-level consistency failures, the primary statements
 * found, going-concern findings by severity, and the false-failure rate. A benchmark of judgement,
 * not a test: it prints figures and asserts nothing.
 *
 * <pre>bench/calibration.sh DIR... [--detail]</pre>
 */
public final class Calibration {
    /** The primary statements whose presence is counted (comprehensive income is not required). */
    private static final List<String> PRIMARY = List.of("balance", "income", "cashflow", "equity");

    private Calibration() {}

    /** One document's figures. */
    record Row(String name, int checks, int passed, int errors, Set<String> statements, int gcAboveNote,
               int gcNotes, int extractionFindings, String failure, int unverified, String entity, String periodEnd) {
        boolean annual() { return name.contains("10K"); }
    }

    public static void main(String[] args) throws Exception {
        boolean detail = false;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--detail")) detail = true;
            else files.addAll(filings(Path.of(a)));
        }
        if (files.isEmpty()) {
            System.err.println("usage: bench/calibration.sh DIR... [--detail]");
            System.exit(2);
        }
        // the default profile, as the CLI runs: without it the going-concern levels (and every rule
        // reading a threshold) never fire and the going-concern figures would read as clean
        Checker checker = new Checker(RuleEngine.builtIn(), ProfileLoader.load(null, null));
        Set<String> packs = new TreeSet<>(checker.engine().packs());
        List<Row> rows = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-34s %6s %6s %6s %-28s %4s %4s %4s %3s %-10s%n",
                "document", "checks", "passed", "errors", "statements (B I C E)", "gc>n", "gc=n", "ext", "ent", "period end");
        for (Path f : files) {
            Row row = run(checker, packs, f, detail);
            rows.add(row);
            System.out.printf(Locale.ROOT, "%-34s %6d %6d %6d %-28s %4d %4d %4d %3s %-10s%s%n", row.name(), row.checks(),
                    row.passed(), row.errors(), statements(row.statements()), row.gcAboveNote(), row.gcNotes(),
                    row.extractionFindings(), entityMark(row), row.periodEnd() == null ? "-" : row.periodEnd(),
                    row.failure() == null ? "" : "  " + row.failure());
            if (detail) System.out.println("    entity: " + row.entity());
        }
        summary(rows);
    }

    private static Row run(Checker checker, Set<String> packs, Path f, boolean detail) {
        String name = f.getFileName().toString().replaceFirst("\\.(pdf|txt)$", "");
        DocumentReport d;
        try {
            d = checker.check(f, packs);
        } catch (UnreadableInputException | RuntimeException e) {
            return new Row(name, 0, 0, 0, Set.of(), 0, 0, 0, "not checked: " + e, 0, null, null);
        }
        int errors = 0, gcAbove = 0, gcNotes = 0, ext = 0;
        for (Finding x : d.findings()) {
            if (x.getCategory().equals("consistency") && x.getSeverity().equals("error")) {
                errors++;
                if (detail) System.out.println("    " + x.getRuleId() + " " + x.getMessage()
                        + (x.getEvidence().isEmpty() ? "" : "  [" + x.getEvidence().get(0).getTable() + " "
                        + x.getEvidence().get(0).getSource() + "]"));
            } else if (x.getCategory().equals("goingconcern")) {
                if (x.getSeverity().equals("note")) gcNotes++;
                else gcAbove++;
                if (detail && !x.getSeverity().equals("note")) System.out.println("    " + x.getRuleId() + " " + x.getMessage());
            } else if (x.getCategory().equals("extraction")) {
                ext++;
            }
        }
        Set<String> statements = new TreeSet<>();
        for (TableInfo t : d.extraction().tables()) {
            if (PRIMARY.contains(t.getStatement()) && t.getRowsRead() > 0) statements.add(t.getStatement());
        }
        // A total whose layout allows several readings, none of which foots, is recorded as
        // "unverified" (CON-003): not a check that was run to a verdict.
        int run = (int) d.checks().stream().filter(c -> !"unverified".equals(c.getOutcome())).count();
        int unverified = d.checks().size() - run;
        int passed = (int) d.checks().stream().filter(Check::isPassed).count();
        return new Row(name, run, passed, errors, statements, gcAbove, gcNotes, ext, null, unverified,
                d.extraction().document().getEntity(), d.extraction().document().getPeriodEnd());
    }

    private static void summary(List<Row> rows) {
        int checks = rows.stream().mapToInt(Row::checks).sum();
        int errors = rows.stream().mapToInt(Row::errors).sum();
        long withErrors = rows.stream().filter(r -> r.errors() > 0).count();
        List<Row> annual = rows.stream().filter(Row::annual).toList();
        double perAnnual = annual.isEmpty() ? 0 : annual.stream().mapToInt(Row::checks).average().orElse(0);
        long allFour = annual.stream().filter(r -> r.statements().containsAll(PRIMARY)).count();
        int gcAbove = rows.stream().mapToInt(Row::gcAboveNote).sum();
        int gcNotes = rows.stream().mapToInt(Row::gcNotes).sum();
        System.out.println();
        System.out.printf(Locale.ROOT, "documents %d, checks run %d, error-level consistency failures %d, "
                        + "false-failure rate %.2f%%%n", rows.size(), checks, errors,
                checks == 0 ? 0.0 : 100.0 * errors / checks);
        System.out.printf(Locale.ROOT, "documents with any error-level consistency failure: %d of %d%n", withErrors, rows.size());
        System.out.printf(Locale.ROOT, "unverified (no reading of a total confirmed by the figures: CON-003, CON-004; not counted as run): %d%n",
                rows.stream().mapToInt(Row::unverified).sum());
        System.out.printf(Locale.ROOT, "10-Ks: %d, checks run per 10-K %.1f, all four primary statements found in %d (%.0f%%)%n",
                annual.size(), perAnnual, allFour, annual.isEmpty() ? 0.0 : 100.0 * allFour / annual.size());
        System.out.printf(Locale.ROOT, "going-concern findings above note: %d; notes: %d%n", gcAbove, gcNotes);
        long named = rows.stream().filter(r -> r.entity() != null).count();
        long agreeing = rows.stream().filter(r -> "+".equals(entityMark(r))).count();
        long dated = rows.stream().filter(r -> r.periodEnd() != null).count();
        System.out.printf(Locale.ROOT, "entity named in %d of %d (agreeing with the file's company name: %d; ent column: + agrees, ? differs, o no company in the file name, - none); "
                + "period end in %d of %d%n", named, rows.size(), agreeing, dated, rows.size());
        System.out.println("(every error-level consistency failure and every going-concern finding above note on these "
                + "audited filings of going concerns is presumed false)");
    }

    /**
     * Whether the entity read agrees with the company a file is named after ("PG_E_2018_10K": the
     * words before the year, letters only, within the name's letters): a reading of the harness, which
     * the extractor never sees.
     */
    private static String entityMark(Row r) {
        if (r.entity() == null) return "-";
        String[] parts = r.name().split("_");
        StringBuilder company = new StringBuilder();
        for (String part : parts) {
            if (part.matches("(19|20)\\d\\d.*")) {
                String key = company.toString().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
                if (key.isEmpty()) break;
                return r.entity().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "").contains(key) ? "+" : "?";
            }
            company.append(part);
        }
        return "o";  // a file not named company_year: nothing to compare with
    }

    private static String statements(Set<String> found) {
        StringBuilder sb = new StringBuilder();
        for (String s : PRIMARY) sb.append(found.contains(s) ? Character.toUpperCase(s.charAt(0)) : '.');
        return sb.toString();
    }

    private static List<Path> filings(Path dir) throws IOException {
        if (Files.isRegularFile(dir)) return List.of(dir);
        // a folder's PDFs; a folder of layout text only (pdftotext -layout of filings) is read as text
        List<Path> pdfs = withSuffix(dir, ".pdf");
        return pdfs.isEmpty() ? withSuffix(dir, ".txt") : pdfs;
    }

    private static List<Path> withSuffix(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(suffix)).sorted().toList();
        }
    }
}

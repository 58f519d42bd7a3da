package io.tickmark.cli;

import io.tickmark.engine.RuleEngine;
import io.tickmark.engine.RulePackException;
import io.tickmark.facts.Profile;
import io.tickmark.report.Baseline;
import io.tickmark.report.DocumentReport;
import io.tickmark.report.HtmlRenderer;
import io.tickmark.report.JUnitRenderer;
import io.tickmark.report.JsonRenderer;
import io.tickmark.report.Renderer;
import io.tickmark.report.Report;
import io.tickmark.report.SarifRenderer;
import io.tickmark.report.TextRenderer;
import io.tickmark.rules.Severity;
import io.tickmark.run.Checker;
import io.tickmark.run.ProfileLoader;
import io.tickmark.source.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code tickmark check}: extract, run the rule packs, report, and exit with a code a CI job can gate on. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check one or more filings (PDF, layout text or facts JSON) and report findings.",
        exitCodeListHeading = "%nExit codes (with several files, the highest that applies; every readable file is still reported):%n",
        exitCodeList = {"0:no finding at or above --fail-on (findings in the --baseline do not count)",
                "1:findings at or above --fail-on",
                "2:usage error, a file that cannot be opened as a filing (missing, empty, not PDF/text/JSON), "
                        + "an unreadable --profile or --baseline, or a --rules pack that does not compile",
                "3:internal error"})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Filings to check: PDF, layout text, or facts JSON.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, sarif (SARIF 2.1.0), junit (JUnit XML) or html (self-contained page) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--pack", paramLabel = "NAME", description = "Run only this rule pack (repeatable); derive always runs.")
    List<String> packs = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also run the user rule pack(s) in DIR (.drl files, compiled now; repeatable). "
                    + "A compile error names the file and line and exits 2.")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "FILE", description = "Thresholds overriding the built-in profile (JSON).")
    Path profile;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Reference date for expiry windows (default: the latest practicable date, else the period end, the document states).")
    LocalDate asOf;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Exit 1 when a finding at or above LEVEL exists: error, warning, note, none (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "An earlier JSON report (--format json) of known findings. A finding whose rule id and fingerprint "
                    + "(rule and subject: entity scope, statement, concept or label, period) appear in it for the same "
                    + "document is marked baseline in every format and does not count for --fail-on; a baseline of "
                    + "one document applies to any single file. New findings still fail the run.")
    Path baseline;

    @Option(names = "--show-passed", description = "Also list the checks that passed (text, json; html and junit always do).")
    boolean showPassed;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "User password for encrypted PDFs (PDFs encrypted with an owner password only open without it).")
    String password;

    @Option(names = "--prior", paramLabel = "FILE",
            description = "Last year's report: every comparative figure is compared with the same fact (entity scope, statement "
                    + "or note, concept or label, period) as reported there (rule pack comparatives).")
    Path prior;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = null;
        if (!failOn.equals("none")) {
            threshold = Severity.parse(failOn).orElse(null);
            if (threshold == null || !failOn.equals(failOn.trim().toLowerCase(java.util.Locale.ROOT))) {
                return usage(err, "--fail-on must be error, warning, note or none, not " + failOn);
            }
        }
        Renderer renderer = renderer(format);
        if (renderer == null) return usage(err, "unknown --format " + format + " (text, json, sarif, junit, html)");

        Profile prof;
        Baseline known = Baseline.NONE;
        try {
            prof = ProfileLoader.load(profile, asOf);
        } catch (UnreadableInputException e) {
            return usage(err, e.getMessage());
        }
        if (baseline != null) {
            try {
                known = Baseline.read(baseline);
            } catch (IOException e) {
                return usage(err, e.getMessage());
            }
        }
        RuleEngine engine;
        try {
            engine = RuleEngine.withRulePacks(ruleDirs);
        } catch (RulePackException e) {
            for (String p : e.problems()) err.println("tickmark: " + p);
            return ExitCode.USAGE_OR_INPUT.code;
        }
        Set<String> unknown = new TreeSet<>(packs);
        unknown.removeAll(engine.packs());
        if (!unknown.isEmpty()) return usage(err, "no rule pack " + String.join(", ", unknown) + " (packs: " + String.join(", ", engine.packs()) + ")");

        Checker checker = new Checker(engine, prof, password);
        io.tickmark.extract.Extraction lastYear = null;
        try {
            if (prior != null) lastYear = checker.extract(prior);
        } catch (UnreadableInputException e) {
            return usage(err, "--prior: " + e.getMessage());
        }
        List<DocumentReport> docs = new ArrayList<>();
        List<Report.InputError> unreadable = new ArrayList<>();
        int code = ExitCode.OK.code;
        for (Path f : files) {
            try {
                docs.add(lastYear == null ? checker.check(f, new LinkedHashSet<>(packs))
                        : checker.check(io.tickmark.compare.Comparatives.withPrior(lastYear, checker.extract(f)), new LinkedHashSet<>(packs)));
            } catch (UnreadableInputException e) {
                err.println("tickmark: " + e.getMessage());
                unreadable.add(new Report.InputError(f.toString(), e.getMessage()));
                code = Math.max(code, ExitCode.USAGE_OR_INPUT.code);
            } catch (RuntimeException | StackOverflowError e) {
                // One document that breaks the extractor must not hide the others' results.
                err.println("tickmark: internal error while checking " + f + ": " + e);
                if (System.getenv("TICKMARK_DEBUG") != null) e.printStackTrace(err);
                unreadable.add(new Report.InputError(f.toString(), f + ": internal error: " + e));
                code = Math.max(code, ExitCode.INTERNAL.code);
            }
        }
        Report report = new Report(Version.get(), docs, engine.catalogue(), showPassed, known, unreadable);
        try (Writer w = open()) {
            renderer.render(report, w);
        } catch (IOException e) {
            err.println("tickmark: cannot write the report" + (output == null ? "" : " to " + output) + ": " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT.code;
        }
        if (threshold != null && !report.gating(threshold).isEmpty()) code = Math.max(code, ExitCode.FINDINGS.code);
        return code;
    }

    static Renderer renderer(String format) {
        return switch (format) {
            case "text" -> new TextRenderer();
            case "json" -> new JsonRenderer();
            case "sarif" -> new SarifRenderer();
            case "junit" -> new JUnitRenderer();
            case "html" -> new HtmlRenderer();
            default -> null;
        };
    }

    private Writer open() throws IOException {
        if (output == null) return new NonClosing(spec.commandLine().getOut());
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) throw new IOException("no directory " + parent);
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }

    private static int usage(PrintWriter err, String message) {
        err.println("tickmark: " + message);
        return ExitCode.USAGE_OR_INPUT.code;
    }

    /** Standard output belongs to picocli: flush it, never close it. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

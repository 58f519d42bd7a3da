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
import io.tickmark.run.DocumentRun;
import io.tickmark.run.FilingConfig;
import io.tickmark.run.ProfileLoader;
import io.tickmark.source.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
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

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Options.AsOfDate.class,
            description = "Reference date for expiry windows, 1900-01-01 to 2199-12-31 (default: the latest practicable date, else the period end, the document states).")
    LocalDate asOf;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Exit 1 when a finding at or above LEVEL exists: error, warning, note, none (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "A baseline of known findings ('tickmark baseline', each with a reason) or an earlier JSON report "
                    + "(--format json). A finding whose rule id and fingerprint "
                    + "(rule and subject: entity scope, statement, concept or label, period) appear in it for the same "
                    + "document is marked baseline in every format and does not count for --fail-on; a baseline of "
                    + "one document applies to any single file. New findings still fail the run.")
    Path baseline;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The filings' config: rules switched off, severities, profile values, waivers (fingerprint, reason, "
                    + "who). Default: " + FilingConfig.FILE_NAME + " beside each filing, where there is one.")
    Path config;

    @Option(names = "--sarif-base", paramLabel = "DIR",
            description = "SARIF artifact URIs are written relative to DIR under the base id %%SRCROOT%% "
                    + "(default: the working directory; in CI, the repository root).")
    Path sarifBase;

    @Option(names = "--coverage", description = "Text: rows read and checks for every table, not only the primary statements.")
    boolean coverage;

    @Option(names = "--show-passed", description = "Also list the checks that passed (text, json; html and junit always do).")
    boolean showPassed;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "User password for encrypted PDFs (PDFs encrypted with an owner password only open without it).")
    String password;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Options.Timeout.class, defaultValue = "10m",
            description = "Time limit per document, such as 90s, 10m or 1h (default: ${DEFAULT-VALUE}). A document not checked "
                    + "within it, or one that exhausts the memory, is reported as not checked (exit 2) and the others still are.")
    Duration timeout;

    @Override
    public Integer call() {
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
        Path overwritten = OutputFile.overwrittenInput(output, inputs());
        if (overwritten != null) return usage(err, "--output " + output + " is the input " + overwritten + ": refusing to overwrite it");
        if (renderer instanceof SarifRenderer) renderer = new SarifRenderer(sarifBase == null ? Path.of("") : sarifBase);
        if (renderer instanceof TextRenderer && coverage) renderer = new TextRenderer(true);

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

        FilingConfig.Resolver configs = new FilingConfig.Resolver(config, engine.catalogue());
        List<DocumentReport> docs = new ArrayList<>();
        List<Report.InputError> unreadable = new ArrayList<>();
        int code = ExitCode.OK.code;
        for (Path f : files) {
            try {
                FilingConfig cfg = configs.forFiling(f);
                Checker filingChecker = new Checker(engine, cfg.profile(prof), password);
                DocumentReport d = DocumentRun.run(f.toString(), timeout, () -> filingChecker.check(f, new LinkedHashSet<>(packs), cfg));
                docs.add(d);
                known = known.withWaivers(d.path(), cfg.suppressions());
            } catch (UnreadableInputException e) {
                err.println("tickmark: " + e.getMessage());
                unreadable.add(new Report.InputError(f.toString(), e.getMessage()));
                code = Math.max(code, ExitCode.USAGE_OR_INPUT.code);
            } catch (DocumentRun.InternalFault e) {
                // One document that breaks the extractor must not hide the others' results.
                err.println("tickmark: " + e.getMessage());
                if (Main.debug()) e.getCause().printStackTrace(err);
                unreadable.add(new Report.InputError(f.toString(), e.getMessage()));
                code = Math.max(code, ExitCode.INTERNAL.code);
            }
        }
        Report report = new Report(Version.get(), docs, engine.catalogue(), showPassed, known, unreadable);
        String rendered;
        try {
            StringWriter w = new StringWriter();
            renderer.render(report, w);
            rendered = w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // a StringWriter does not fail: a renderer fault, exit 3
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(rendered);
            if (out.checkError()) return usage(err, "cannot write the report to standard output");
        } else {
            try {
                OutputFile.write(output, rendered);
            } catch (IOException e) {
                return usage(err, "cannot write the report to " + output + ": " + e.getMessage());
            }
        }
        if (threshold != null && !report.gating(threshold).isEmpty()) code = Math.max(code, ExitCode.FINDINGS.code);
        return code;
    }

    /** Every file this run reads, which --output must not name. */
    private List<Path> inputs() {
        List<Path> in = new ArrayList<>(files);
        if (profile != null) in.add(profile);
        if (baseline != null) in.add(baseline);
        return in;
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

    private static int usage(PrintWriter err, String message) {
        err.println("tickmark: " + message);
        return ExitCode.USAGE_OR_INPUT.code;
    }

}

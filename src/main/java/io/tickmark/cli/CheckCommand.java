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
import io.tickmark.run.Batch;
import io.tickmark.run.Checker;
import io.tickmark.run.InputFiles;
import io.tickmark.run.DocumentRun;
import io.tickmark.run.FilingConfig;
import io.tickmark.run.ProfileLoader;
import io.tickmark.run.ReadAhead;
import io.tickmark.source.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Filings to check: PDF, layout text, or facts JSON; "
            + "a folder means every filing below it (by content).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, jsonl (one JSON report per filing and line, written as each is done), sarif (SARIF 2.1.0), junit (JUnit XML) or html (self-contained page) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Mixin
    RuleRunOptions run;






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


    @Option(names = "--timeout", paramLabel = "DURATION", converter = Options.Timeout.class, defaultValue = "10m",
            description = "Time limit per document, such as 90s, 10m or 1h (default: ${DEFAULT-VALUE}). A document not checked "
                    + "within it, or one that exhausts the memory, is reported as not checked (exit 2) and the others still are.")
    Duration timeout;

    @Option(names = "--prior", paramLabel = "FILE",
            description = "Last year's report: every comparative figure is compared with the same fact (entity scope, statement "
                    + "or note, concept or label, period) as reported there (rule pack comparatives).")
    Path prior;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Check N filings at a time (default: the number of cores). Reports list filings in the order given.")
    int jobs = Batch.defaultJobs();

    /** One filing's outcome: its report, or the one-line error and exit code that replace it. */
    private record Outcome(Path file, DocumentReport report, java.util.Map<String, io.tickmark.report.Suppression> waivers,
                           Report.InputError error, int code, Throwable cause) {}

    private Outcome checkOne(Path f, FilingConfig.Resolver configs, RuleEngine engine, Profile prof,
                             io.tickmark.extract.Extraction lastYear, ReadAhead readAhead) {
        try {
            FilingConfig cfg = configs.forFiling(f);
            Checker filingChecker = new Checker(engine, cfg.profile(prof), run.password);
            DocumentReport d = DocumentRun.run(f.toString(), timeout, () -> lastYear == null
                    ? filingChecker.check(readAhead.extract(f, filingChecker), new LinkedHashSet<>(run.packs), cfg)
                    : filingChecker.check(io.tickmark.compare.Comparatives.withPrior(lastYear, readAhead.extract(f, filingChecker)),
                            new LinkedHashSet<>(run.packs), cfg));
            return new Outcome(f, d, cfg.suppressions(), null, ExitCode.OK.code, null);
        } catch (UnreadableInputException e) {
            return new Outcome(f, null, null, new Report.InputError(f.toString(), e.getMessage()), ExitCode.USAGE_OR_INPUT.code, null);
        } catch (DocumentRun.InternalFault e) {
            // One document that breaks the extractor must not hide the others' results.
            return new Outcome(f, null, null, new Report.InputError(f.toString(), e.getMessage()), ExitCode.INTERNAL.code, e.getCause());
        }
    }

    /** The first filing's read, started before the command line was parsed (Main, FirstFiling); NONE when there is none. */
    private ReadAhead early = ReadAhead.NONE;

    void earlyRead(ReadAhead read) {
        this.early = read;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold;
        try {
            threshold = run.threshold();
        } catch (RuleRunOptions.UsageException e) {
            return usage(err, e.getMessage());
        }
        Renderer renderer = renderer(format);
        if (renderer == null) return usage(err, "unknown --format " + format + " (text, json, jsonl, sarif, junit, html)");
        Path overwritten = OutputFile.overwrittenInput(output, inputs());
        if (overwritten != null) return usage(err, "--output " + output + " is the input " + overwritten + ": refusing to overwrite it");
        if (renderer instanceof SarifRenderer) renderer = new SarifRenderer(sarifBase == null ? Path.of("") : sarifBase);
        if (renderer instanceof TextRenderer && coverage) renderer = new TextRenderer(true);

        Profile prof;
        Baseline known = Baseline.NONE;
        try {
            prof = ProfileLoader.load(run.profile, run.asOf);
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
        // the first filing is read while the rules load (both take a while on a cold start)
        ReadAhead readAhead = files.isEmpty() ? ReadAhead.NONE
                : early.isFor(files.get(0), run.password) ? early : ReadAhead.start(files.get(0), run.password);
        RuleEngine engine;
        try {
            engine = RuleEngine.withRulePacks(run.ruleDirs);
        } catch (RulePackException e) {
            for (String p : e.problems()) err.println("tickmark: " + p);
            return ExitCode.USAGE_OR_INPUT.code;
        }
        try {
            run.requireKnownPacks(engine);
        } catch (RuleRunOptions.UsageException e) {
            return usage(err, e.getMessage());
        }
        io.tickmark.run.RulePriming.whileReading(engine, readAhead);

        FilingConfig.Resolver configs = new FilingConfig.Resolver(config, engine.catalogue());
        List<Path> filings;
        try {
            InputFiles.Expanded expanded = InputFiles.expand(files);
            filings = expanded.filings();
            if (expanded.skipped() > 0) {
                err.println("tickmark: " + expanded.skipped() + " file(s) in the folders given are not filings (PDF, .txt layout text, facts JSON) and were not checked");
            }
        } catch (IOException e) {
            return usage(err, "cannot list the folder: " + e.getMessage());
        }
        if (filings.isEmpty()) return usage(err, "no filings in " + files);
        if (jobs < 1 || jobs > 256) return usage(err, "--jobs must be 1 to 256, not " + jobs);
        Profile profileForAll = prof;
        io.tickmark.extract.Extraction lastYear;
        try {
            lastYear = prior == null ? null : DocumentRun.run(prior.toString(), timeout, () -> new Checker(engine, profileForAll, run.password).extract(prior));
        } catch (UnreadableInputException e) {
            return usage(err, "--prior: " + e.getMessage());
        } catch (DocumentRun.InternalFault e) {
            err.println("tickmark: --prior: " + e.getMessage());
            return ExitCode.INTERNAL.code;
        }
        List<DocumentReport> docs = new ArrayList<>();
        List<Report.InputError> unreadable = new ArrayList<>();
        Baseline[] knownNow = {known};
        int[] worst = {ExitCode.OK.code};
        // JSON lines are written as each filing is done (in input order), and the filing is then let go,
        // so memory follows the filings in flight; the other formats are one document and wait for all.
        boolean streaming = format.equals("jsonl");
        OutputFile.Stream stream;
        try {
            stream = streaming ? OutputFile.stream(output, spec.commandLine().getOut()) : null;
        } catch (IOException e) {
            return usage(err, "cannot write the report to " + output + ": " + e.getMessage());
        }
        boolean[] gatedWhileStreaming = {false};
        Severity gate = threshold;
        try (BatchProgress progress = BatchProgress.on(filings.size(), err)) {
            Batch.inOrder(filings, jobs, f -> checkOne(f, configs, engine, profileForAll, lastYear, readAhead), o -> {
                progress.done(o.file());
                if (o.error() != null) {
                    err.println("tickmark: " + o.error().message());
                    if (o.cause() != null && Main.debug()) o.cause().printStackTrace(err);
                    unreadable.add(o.error());
                    worst[0] = Math.max(worst[0], o.code());
                } else {
                    knownNow[0] = knownNow[0].withWaivers(o.report().path(), o.waivers());
                    if (!streaming) docs.add(o.report());
                }
                if (streaming) {
                    Report one = new Report(Version.get(), o.report() == null ? List.of() : List.of(o.report()), engine.catalogue(),
                            showPassed, knownNow[0], o.error() == null ? List.of() : List.of(o.error()));
                    stream.write(renderToString(new JsonRenderer(true), one));
                    if (gate != null && !one.gating(gate).isEmpty()) gatedWhileStreaming[0] = true;
                }
            });
        }
        known = knownNow[0];
        int code = worst[0];
        if (streaming) {
            try {
                stream.commit();
            } catch (IOException e) {
                return usage(err, "cannot write the report to " + (output == null ? "standard output" : output) + ": " + e.getMessage());
            }
            return gatedWhileStreaming[0] ? Math.max(code, ExitCode.FINDINGS.code) : code;
        }
        Report report = new Report(Version.get(), docs, engine.catalogue(), showPassed, known, unreadable);
        String rendered = renderToString(renderer, report);
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

    private static String renderToString(Renderer renderer, Report report) {
        try {
            StringWriter w = new StringWriter();
            renderer.render(report, w);
            return w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // a StringWriter does not fail: a renderer fault, exit 3
        }
    }

    /** Every file this run reads, which --output must not name. */
    private List<Path> inputs() {
        List<Path> in = new ArrayList<>(files);
        if (run.profile != null) in.add(run.profile);
        if (prior != null) in.add(prior);
        if (baseline != null) in.add(baseline);
        return in;
    }

    static Renderer renderer(String format) {
        return switch (format) {
            case "text" -> new TextRenderer();
            case "json" -> new JsonRenderer();
            case "jsonl" -> new JsonRenderer(true);
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

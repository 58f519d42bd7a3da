package io.tickmark.cli;

import io.tickmark.engine.RuleEngine;
import io.tickmark.report.DocumentReport;
import io.tickmark.report.Findings;
import io.tickmark.report.JsonRenderer;
import io.tickmark.report.Renderer;
import io.tickmark.report.Report;
import io.tickmark.report.TextRenderer;
import io.tickmark.run.Checker;
import io.tickmark.source.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code tickmark check}: extract, run the rule packs, report, and exit with a code a CI job can gate on. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check one or more filings (PDF, layout text or facts JSON) and report findings.")
public final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Filings to check: PDF, layout text, or facts JSON.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text, json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--pack", paramLabel = "NAME", description = "Run only this rule pack (repeatable); derive always runs.")
    List<String> packs = new ArrayList<>();

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Exit 1 when a finding at or above LEVEL exists: error, warning, note, none (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--show-passed", description = "Also list the checks that passed.")
    boolean showPassed;

    @Option(names = "--profile", paramLabel = "FILE", description = "Thresholds overriding the built-in profile (JSON).")
    Path profile;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Reference date for expiry windows.")
    java.time.LocalDate asOf;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "User password for encrypted PDFs (PDFs encrypted with an owner password only open without it).")
    String password;

    @Override
    public Integer call() throws IOException {
        if (!Set.of("error", "warning", "note", "none").contains(failOn)) {
            System.err.println("tickmark: --fail-on must be error, warning, note or none, not " + failOn);
            return ExitCode.USAGE_OR_INPUT.code;
        }
        Renderer renderer = switch (format) {
            case "text" -> new TextRenderer();
            case "json" -> new JsonRenderer();
            default -> null;
        };
        if (renderer == null) {
            System.err.println("tickmark: unknown --format " + format + " (text, json)");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        io.tickmark.facts.Profile prof;
        try {
            prof = io.tickmark.run.ProfileLoader.load(profile, asOf);
        } catch (UnreadableInputException e) {
            System.err.println("tickmark: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT.code;
        }
        Checker checker = new Checker(RuleEngine.builtIn(), prof, password);
        List<DocumentReport> docs = new ArrayList<>();
        boolean unreadable = false;
        for (Path f : files) {
            try {
                docs.add(checker.check(f, new LinkedHashSet<>(packs)));
            } catch (UnreadableInputException e) {
                System.err.println("tickmark: " + e.getMessage());
                unreadable = true;
            }
        }
        Report report = new Report(Version.get(), docs, checker.engine().catalogue(), showPassed);
        try (Writer w = output == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            renderer.render(report, w);
        }
        if (unreadable) return ExitCode.USAGE_OR_INPUT.code;
        int threshold = "none".equals(failOn) ? Integer.MAX_VALUE : Findings.rank(failOn);
        boolean gate = docs.stream().flatMap(d -> d.findings().stream()).anyMatch(f -> Findings.rank(f.getSeverity()) >= threshold);
        return gate ? ExitCode.FINDINGS.code : ExitCode.OK.code;
    }
}

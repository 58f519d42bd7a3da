package io.tickmark.cli;

import io.tickmark.engine.RuleEngine;
import io.tickmark.engine.RulePackException;
import io.tickmark.extract.pdf.annotate.PdfAnnotator;
import io.tickmark.report.DocumentReport;
import io.tickmark.report.annotate.TickSheet;
import io.tickmark.report.annotate.TickSheets;
import io.tickmark.rules.Severity;
import io.tickmark.run.Checker;
import io.tickmark.run.ProfileLoader;
import io.tickmark.source.SourceKind;
import io.tickmark.source.SourceOpener;
import io.tickmark.source.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code tickmark annotate}: check a PDF filing and write it back with tick marks, crosses and pop-up notes. */
@Command(name = "annotate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check a PDF filing and write a copy with the auditor's marks: a tick beside every figure its checks "
                + "verified, a cross and a pop-up note with the finding beside every figure of a failed check, a "
                + "cross-reference letter shared by figures agreed to one another, and a summary page in front.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:annotated PDF written, no finding at or above --fail-on",
                "1:annotated PDF written, findings at or above --fail-on",
                "2:usage error, input that is not a readable PDF, an unwritable --output, or a rule pack that does not compile",
                "3:internal error"})
public final class AnnotateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The filing, as PDF.")
    Path file;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the annotated PDF.")
    Path output;

    @Option(names = "--pack", paramLabel = "NAME", description = "Run only this rule pack (repeatable); derive always runs.")
    List<String> packs = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", description = "Also run the user rule pack(s) in DIR (repeatable).")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "FILE", description = "Thresholds overriding the built-in profile (JSON).")
    Path profile;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Options.AsOfDate.class,
            description = "Reference date for expiry windows, 1900-01-01 to 2199-12-31.")
    LocalDate asOf;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Exit 1 when a finding at or above LEVEL exists: error, warning, note, none (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "User password for an encrypted PDF.")
    String password;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = null;
        if (!failOn.equals("none")) {
            threshold = Severity.parse(failOn).orElse(null);
            if (threshold == null || !failOn.equals(failOn.trim().toLowerCase(Locale.ROOT))) {
                return usage(err, "--fail-on must be error, warning, note or none, not " + failOn);
            }
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) return usage(err, "cannot write " + output + ": no directory " + parent);
        Path overwritten = OutputFile.overwrittenInput(output, java.util.Arrays.asList(file, profile));
        if (overwritten != null) return usage(err, "--output " + output + " is the input " + overwritten + ": refusing to overwrite it");
        RuleEngine engine;
        try {
            engine = RuleEngine.withRulePacks(ruleDirs);
        } catch (RulePackException e) {
            for (String p : e.problems()) err.println("tickmark: " + p);
            return ExitCode.USAGE_OR_INPUT.code;
        }
        DocumentReport d;
        try {
            if (SourceOpener.open(file).kind() != SourceKind.PDF) {
                return usage(err, file + " is not a PDF: annotate draws on the filing's PDF (for layout text use check --format html)");
            }
            Checker checker = new Checker(engine, ProfileLoader.load(profile, asOf), password);
            d = checker.check(file, new LinkedHashSet<>(packs));
            TickSheet sheet = TickSheets.of(d, Version.get());
            new PdfAnnotator().annotate(file, password, sheet, output);
            err.println("tickmark: wrote " + output + ": " + sheet.count(io.tickmark.report.annotate.TickMark.Kind.TICK) + " ticks, "
                    + sheet.count(io.tickmark.report.annotate.TickMark.Kind.CROSS) + " crosses, " + d.findings().size() + " findings");
        } catch (UnreadableInputException e) {
            return usage(err, e.getMessage());
        } catch (IOException e) {
            return usage(err, "cannot write " + output + ": " + e.getMessage());
        }
        if (threshold != null) {
            Severity t = threshold;
            if (d.findings().stream().anyMatch(f -> Severity.of(f.getSeverity()).rank() >= t.rank())) return ExitCode.FINDINGS.code;
        }
        return ExitCode.OK.code;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("tickmark: " + message);
        return ExitCode.USAGE_OR_INPUT.code;
    }
}

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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
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

    @Mixin
    RuleRunOptions run;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold;
        try {
            threshold = run.threshold();
        } catch (RuleRunOptions.UsageException e) {
            return usage(err, e.getMessage());
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) return usage(err, "cannot write " + output + ": no directory " + parent);
        Path overwritten = OutputFile.overwrittenInput(output, java.util.Arrays.asList(file, run.profile));
        if (overwritten != null) return usage(err, "--output " + output + " is the input " + overwritten + ": refusing to overwrite it");
        RuleEngine engine;
        try {
            engine = RuleEngine.withRulePacks(run.ruleDirs);
            run.requireKnownPacks(engine);
        } catch (RulePackException e) {
            for (String p : e.problems()) err.println("tickmark: " + p);
            return ExitCode.USAGE_OR_INPUT.code;
        } catch (RuleRunOptions.UsageException e) {
            return usage(err, e.getMessage());
        }
        DocumentReport d;
        try {
            if (SourceOpener.open(file).kind() != SourceKind.PDF) {
                return usage(err, file + " is not a PDF: annotate draws on the filing's PDF (for layout text use check --format html)");
            }
            Checker checker = new Checker(engine, ProfileLoader.load(run.profile, run.asOf), run.password);
            d = checker.check(file, new LinkedHashSet<>(run.packs));
            TickSheet sheet = TickSheets.of(d, Version.get());
            new PdfAnnotator().annotate(file, run.password, sheet, output);
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

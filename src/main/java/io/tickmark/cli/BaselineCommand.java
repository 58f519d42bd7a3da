package io.tickmark.cli;

import io.tickmark.engine.RuleEngine;
import io.tickmark.engine.RulePackException;
import io.tickmark.facts.Profile;
import io.tickmark.report.Baseline;
import io.tickmark.report.BaselineWriter;
import io.tickmark.report.DocumentReport;
import io.tickmark.report.Report;
import io.tickmark.run.Checker;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code tickmark baseline}: checks filings and writes their findings as the baseline a CI job
 * accepts ({@code check --baseline FILE}), each with a reason a reviewer can edit. Run again, it
 * keeps the reasons of findings still present and drops the ones that are gone.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check filings and write their findings as a baseline of known findings, each with a reason.",
                "'check --baseline FILE' then fails only on new findings. Findings waived in the filing's config are left out."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the baseline was written", "2:usage error, unreadable input or config, or a rule pack that does not compile",
                "3:internal error"})
public final class BaselineCommand implements Callable<Integer> {
    static final String DEFAULT_REASON = "known when the baseline was made; not yet reviewed";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Filings to check: PDF, layout text, or facts JSON.")
    List<Path> files;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "Where to write the baseline (for example tickmark-baseline.json); reasons already in it are kept.")
    Path output;

    @Option(names = "--reason", paramLabel = "TEXT", defaultValue = DEFAULT_REASON,
            description = "The reason recorded for findings new to the baseline (default: ${DEFAULT-VALUE}).")
    String reason;

    @Option(names = "--pack", paramLabel = "NAME", description = "Run only this rule pack (repeatable); derive always runs.")
    List<String> packs = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", description = "Also run the user rule pack(s) in DIR (repeatable).")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "FILE", description = "Thresholds overriding the built-in profile (JSON).")
    Path profile;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The filings' config (default: " + FilingConfig.FILE_NAME + " beside each filing, where there is one).")
    Path config;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Options.AsOfDate.class,
            description = "Reference date for expiry windows, 1900-01-01 to 2199-12-31.")
    LocalDate asOf;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "User password for encrypted PDFs.")
    String password;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        // the baseline FILE itself is read and rewritten; a filing, profile or config never is
        List<Path> inputs = new ArrayList<>(files);
        if (profile != null) inputs.add(profile);
        if (config != null) inputs.add(config);
        Path overwritten = OutputFile.overwrittenInput(output, inputs);
        if (overwritten != null) {
            err.println("tickmark: the baseline " + output + " is the input " + overwritten + ": refusing to overwrite it");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        Profile prof;
        Baseline previous = Baseline.NONE;
        RuleEngine engine;
        try {
            prof = ProfileLoader.load(profile, asOf);
            if (Files.isRegularFile(output)) previous = Baseline.read(output);
            engine = RuleEngine.withRulePacks(ruleDirs);
        } catch (UnreadableInputException | IOException e) {
            err.println("tickmark: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT.code;
        } catch (RulePackException e) {
            for (String p : e.problems()) err.println("tickmark: " + p);
            return ExitCode.USAGE_OR_INPUT.code;
        }
        FilingConfig.Resolver configs = new FilingConfig.Resolver(config, engine.catalogue());
        List<DocumentReport> docs = new ArrayList<>();
        Baseline waived = Baseline.NONE;
        for (Path f : files) {
            try {
                FilingConfig cfg = configs.forFiling(f);
                DocumentReport d = new Checker(engine, cfg.profile(prof), password).check(f, new LinkedHashSet<>(packs), cfg);
                docs.add(d);
                waived = waived.withWaivers(d.path(), cfg.suppressions());
            } catch (UnreadableInputException e) {
                err.println("tickmark: " + e.getMessage() + " (no baseline written)");
                return ExitCode.USAGE_OR_INPUT.code;
            }
        }
        Report report = new Report(Version.get(), docs, engine.catalogue(), false, waived, List.of());
        int n;
        try {
            // written whole, then renamed over the old baseline: a failed write leaves the old one as it was
            java.io.StringWriter w = new java.io.StringWriter();
            n = new BaselineWriter(reason, previous).write(report, w);
            OutputFile.write(output, w.toString());
        } catch (IOException e) {
            err.println("tickmark: cannot write the baseline to " + output + ": " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT.code;
        }
        spec.commandLine().getOut().println("tickmark: wrote " + n + " finding(s) of " + docs.size() + " document(s) to " + output);
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code;
    }
}

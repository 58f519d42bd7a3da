package io.tickmark.cli;

import io.tickmark.engine.RuleEngine;
import io.tickmark.rules.Severity;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of a rule run that {@code check} and {@code annotate} share (a picocli mixin): which
 * packs run, user rule packs, thresholds, the reference date, the exit-code gate and the PDF
 * password; with their checks, so that both commands refuse the same mistakes in the same words.
 */
public final class RuleRunOptions {

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

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "User password for encrypted PDFs (PDFs encrypted with an owner password only open without it).")
    String password;

    /** A usage mistake in these options, in one line. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /** The --fail-on level, or null for "none". */
    Severity threshold() throws UsageException {
        if (failOn.equals("none")) return null;
        Severity threshold = Severity.parse(failOn).orElse(null);
        if (threshold == null || !failOn.equals(failOn.trim().toLowerCase(Locale.ROOT))) {
            throw new UsageException("--fail-on must be error, warning, note or none, not " + failOn);
        }
        return threshold;
    }

    /** Every --pack names a pack the engine has: a misspelt pack would otherwise run nothing and pass. */
    void requireKnownPacks(RuleEngine engine) throws UsageException {
        Set<String> unknown = new TreeSet<>(packs);
        unknown.removeAll(engine.packs());
        if (!unknown.isEmpty()) {
            throw new UsageException("no rule pack " + String.join(", ", unknown) + " (packs: " + String.join(", ", engine.packs()) + ")");
        }
    }
}

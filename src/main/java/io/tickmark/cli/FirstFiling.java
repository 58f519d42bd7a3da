package io.tickmark.cli;

import io.tickmark.run.ReadAhead;

import java.nio.file.Path;
import java.util.Set;

/**
 * The first filing of a {@code check} command line, read before picocli parses the line. A cold
 * check's longer path is reading its first filing; picocli building the command's model and
 * registering its converters, then the profile load, took 0.17-0.19 s before the read started. The
 * arguments are scanned here as picocli reads them: options that take a value ({@link #VALUE_OPTIONS},
 * held by a test to the command's options) are skipped with their value, {@code --} ends the options,
 * and the first other argument is the first filing. The check takes the read only when it names the
 * same file with the same password ({@link ReadAhead#isFor}); any other read is cancelled.
 */
final class FirstFiling {
    /** The options of {@code check} that take a value (as the next argument, or after "="). */
    static final Set<String> VALUE_OPTIONS = Set.of("--format", "--output", "--pack", "--rules", "--profile", "--as-of",
            "--fail-on", "--password", "--baseline", "--config", "--sarif-base", "--timeout", "--prior", "--jobs");

    private FirstFiling() {}

    /** The read of the first filing a {@code check} line names, started now; none for any other line. */
    static ReadAhead readAhead(String... args) {
        Scan scan = scan(args);
        return scan.first() == null ? ReadAhead.NONE : ReadAhead.start(scan.first(), scan.password());
    }

    /** What a command line names: its first filing (null when it is not a check, or names none) and the PDF password. */
    record Scan(Path first, String password) {}

    static Scan scan(String... args) {
        int i = Main.commandAt(args);
        if (i >= args.length || !args[i].equals("check")) return new Scan(null, null);
        String password = null;
        String first = null;
        boolean optionsEnded = false;
        for (i++; i < args.length; i++) {
            String a = args[i];
            if (!optionsEnded && a.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && a.startsWith("-") && a.length() > 1) {
                int eq = a.indexOf('=');
                String name = eq > 0 ? a.substring(0, eq) : a;
                if (!VALUE_OPTIONS.contains(name)) continue;  // a flag, or an option picocli will refuse
                String value = eq > 0 ? a.substring(eq + 1) : i + 1 < args.length ? args[++i] : null;
                if (name.equals("--password")) password = value;
            } else if (first == null) {
                first = a;
            }
        }
        try {
            return new Scan(first == null ? null : Path.of(first), password);
        } catch (java.nio.file.InvalidPathException e) {
            return new Scan(null, password);  // picocli says so, in its words
        }
    }
}

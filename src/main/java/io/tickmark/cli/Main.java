package io.tickmark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: {@code main} only exits with the code that {@link #run} returns. */
@Command(name = "tickmark", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Rules-based compliance checker for financial filings: foots totals, ties figures stated twice, "
                + "looks for required disclosures and going-concern indicators.",
        subcommands = {CheckCommand.class, ExtractCommand.class, RulesCommand.class, AnnotateCommand.class, DiffCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage error, unreadable input, or a rule pack that does not compile", "3:internal error"})
public final class Main implements Runnable {

    /** Set by {@code --debug}: internal errors print their stack trace. */
    private static volatile boolean debug;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Let libraries (PDFBox, Drools) print their warnings on standard error.")
    void setVerbose(boolean verbose) {
        // read by slf4j-simple when the first logger is made, which is after the command line is parsed
        if (verbose) System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an internal error (exit code 3).")
    void setDebug(boolean value) {
        debug = value;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line with standard output and error; returns the exit code. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return run(out, err, args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs a command line writing to the given streams (tests); returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("tickmark: internal error: " + ex);
            if (debug || System.getenv("TICKMARK_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            return ExitCode.INTERNAL.code;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("tickmark: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.USAGE_OR_INPUT.code;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}

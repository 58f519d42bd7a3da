package io.tickmark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ScopeType;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** Entry point: {@code main} only exits with the code that {@link #run} returns. */
@Command(name = "tickmark", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Rules-based compliance checker for financial filings: foots totals, ties figures stated twice, "
                + "looks for required disclosures and going-concern indicators.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage error, unreadable input, or a rule pack that does not compile", "3:internal error"})
public final class Main implements Callable<Integer> {

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

    /** Whether internal errors print their stack trace: {@code --debug} or the TICKMARK_DEBUG variable. */
    static boolean debug() {
        return debug || System.getenv("TICKMARK_DEBUG") != null;
    }

    public static void main(String[] args) {
        // a thread that fails outside any document's work (a library's helper thread) says so in one line
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            System.err.println("tickmark: internal error in thread " + t.getName() + ": " + io.tickmark.run.DocumentRun.oneLine(e));
            if (debug()) e.printStackTrace();
        });
        System.exit(run(args));
    }

    /** Runs a command line with standard output and error; returns the exit code. */
    public static int run(String... args) {
        // System.out is a PrintStream that swallows write errors; StdoutStream turns them back into
        // IOExceptions so that a report written to a full disk or a closed pipe is noticed (PrintWriter.checkError)
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new StdoutStream(), StandardCharsets.UTF_8));
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
        debug = false;  // set again by --debug on this command line only
        // the first filing of a check is read while picocli parses the line (FirstFiling)
        io.tickmark.run.ReadAhead early = FirstFiling.readAhead(args);
        CommandLine cl = new CommandLine(new Main());
        for (Object command : commandsFor(args)) {
            if (command instanceof CheckCommand check) check.earlyRead(early);
            cl.addSubcommand(command);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("tickmark: internal error: " + io.tickmark.run.DocumentRun.oneLine(ex));
            if (debug()) ex.printStackTrace(cmd.getErr());
            return ExitCode.INTERNAL.code;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            // one line: the fault, naming the option or parameter, and where help is
            String m = ex.getMessage() == null ? "invalid command line" : ex.getMessage().split("\\R", 2)[0].trim();
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("tickmark: " + m + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            // a misspelt command or option: the nearest names on a line of their own (the first line above is
            // all of picocli's message that is kept, and held none of them)
            if (ex instanceof CommandLine.UnmatchedArgumentException u) {
                List<String> near = suggestions(u);
                if (!near.isEmpty()) e.println("tickmark: did you mean " + String.join(" or ", near) + "?");
            }
            return ExitCode.USAGE_OR_INPUT.code;
        });
        int code;
        try {
            code = cl.execute(args);
        } finally {
            early.cancel();  // not taken: the line was refused, or named another first filing
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The commands or options nearest the first argument not understood (picocli's own suggestions are an
     * option's first two letters, or the three commands least unlike any word, a file name included).
     */
    private static List<String> suggestions(CommandLine.UnmatchedArgumentException u) {
        if (u.getUnmatched().isEmpty()) return List.of();
        CommandSpec spec = u.getCommandLine().getCommandSpec();
        String typed = u.getUnmatched().get(0);
        if (typed == null) return List.of();
        typed = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
        List<String> names = new ArrayList<>();
        if (typed.startsWith("-")) {
            for (CommandLine.Model.OptionSpec o : spec.options()) if (!o.hidden()) names.addAll(List.of(o.names()));
        } else {
            names.addAll(spec.subcommands().keySet());
        }
        return NearestNames.of(typed, names);
    }

    /** The commands, in the order the usage lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("check", CheckCommand::new);
        m.put("baseline", BaselineCommand::new);
        m.put("extract", ExtractCommand::new);
        m.put("rules", RulesCommand::new);
        m.put("concepts", ConceptsCommand::new);
        m.put("annotate", AnnotateCommand::new);
        m.put("diff", DiffCommand::new);
        return m;
    }

    /**
     * The commands a command line needs: the one it names, or all of them when it names none it knows
     * (the usage, and the nearest names of a misspelt command, list every command). picocli builds a command's model
     * by reflection over its annotations when the command is added, and building all seven took longer
     * than the JVM's start; a {@code check} needs only its own.
     */
    static List<Object> commandsFor(String... args) {
        int at = commandAt(args);
        Supplier<Object> named = at < args.length ? COMMANDS.get(args[at]) : null;
        if (named != null) return List.of(named.get());
        List<Object> all = new ArrayList<>();
        for (Supplier<Object> s : COMMANDS.values()) all.add(s.get());
        return all;
    }

    /** Where a command line's command word is: after the options of tickmark itself that a command may follow. */
    static int commandAt(String... args) {
        int i = 0;
        while (i < args.length && (args[i].equals("--verbose") || args[i].equals("--debug"))) i++;
        return i;
    }

    @Spec
    CommandSpec spec;

    /** Bare {@code tickmark}: a command is missing, which is a usage error (exit 2) with the usage on standard error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("tickmark: a command is required (check, baseline, extract, diff, annotate, rules, concepts)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE_OR_INPUT.code;
    }

    /** Standard output as it is now (tests replace it), with the errors PrintStream hides raised again. */
    private static final class StdoutStream extends java.io.OutputStream {
        @Override
        public void write(int b) throws java.io.IOException {
            System.out.write(b);
            failed();
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            System.out.write(b, off, len);
            failed();
        }

        @Override
        public void flush() throws java.io.IOException {
            failed();  // checkError flushes
        }

        private static void failed() throws java.io.IOException {
            if (System.out.checkError()) throw new java.io.IOException("write error on standard output");
        }
    }
}

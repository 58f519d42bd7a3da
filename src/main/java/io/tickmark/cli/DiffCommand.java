package io.tickmark.cli;

import io.tickmark.compare.DiffReport;
import io.tickmark.compare.DraftDiff;
import io.tickmark.compare.DraftDiffer;
import io.tickmark.engine.RuleEngine;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;
import io.tickmark.run.ProfileLoader;
import io.tickmark.source.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code tickmark diff OLD NEW}: what changed between two drafts of one filing. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compare two drafts of one filing: figures added, removed and changed (matched by entity scope, "
                + "statement or note title, concept or label, and period, never by page), notes and tables removed or "
                + "added, checks newly failing or passing, findings new or resolved.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the new draft has no check newly failing",
                "1:a check fails in the new draft that did not fail in the old one",
                "2:usage error or a file that cannot be opened as a filing", "3:internal error"})
public final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier draft (PDF, layout text or facts JSON).")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later draft.")
    Path after;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the comparison to FILE instead of standard output.")
    Path output;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "User password for encrypted PDFs.")
    String password;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) return usage(err, "unknown --format " + format + " (text, json)");
        DraftDiff d;
        try {
            Checker checker = new Checker(RuleEngine.builtIn(), ProfileLoader.load(null, null), password);
            DocumentReport o = checker.check(before, Set.of());
            DocumentReport n = checker.check(after, Set.of());
            d = DraftDiffer.diff(o, n);
        } catch (UnreadableInputException e) {
            return usage(err, e.getMessage());
        }
        try (Writer w = output == null ? new Unclosed(spec.commandLine().getOut())
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            if (format.equals("json")) DiffReport.json(d, w);
            else DiffReport.text(d, w);
        } catch (IOException e) {
            return usage(err, "cannot write " + output + ": " + e.getMessage());
        }
        return d.newlyFailing().isEmpty() ? ExitCode.OK.code : ExitCode.FINDINGS.code;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("tickmark: " + message);
        return ExitCode.USAGE_OR_INPUT.code;
    }

    /** Standard output belongs to picocli: flush it, never close it. */
    private static final class Unclosed extends java.io.FilterWriter {
        Unclosed(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

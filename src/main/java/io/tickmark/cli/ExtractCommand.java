package io.tickmark.cli;

import io.tickmark.extract.Extraction;
import io.tickmark.extract.json.FactsJson;
import io.tickmark.facts.ExtractionIssue;
import io.tickmark.facts.Figure;
import io.tickmark.facts.TableInfo;
import io.tickmark.run.Checker;
import io.tickmark.run.DocumentRun;
import io.tickmark.source.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tickmark extract}: the facts read from a filing, as facts JSON or as text for review. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Write the facts extracted from a filing (facts JSON, accepted by 'check'; or text for review).")
public final class ExtractCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--output", paramLabel = "FILE")
    Path output;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "User password for encrypted PDFs (PDFs encrypted with an owner password only open without it).")
    String password;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Options.Timeout.class, defaultValue = "10m",
            description = "Time limit, such as 90s, 10m or 1h (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("json") && !format.equals("text")) {
            err.println("tickmark: unknown --format " + format + " (json, text)");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        Path overwritten = OutputFile.overwrittenInput(output, List.of(file));
        if (overwritten != null) {
            err.println("tickmark: --output " + output + " is the input " + overwritten + ": refusing to overwrite it");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        String rendered;
        try {
            rendered = DocumentRun.run(file.toString(), timeout, () -> {
                Extraction ex = new Checker(null, null, password).extract(file);
                StringWriter w = new StringWriter();
                if (format.equals("json")) FactsJson.write(ex, w);
                else writeText(ex, new PrintWriter(w));
                return w.toString();
            });
        } catch (UnreadableInputException e) {
            err.println("tickmark: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT.code;
        } catch (DocumentRun.InternalFault e) {
            err.println("tickmark: " + e.getMessage());
            if (Main.debug()) e.getCause().printStackTrace(err);
            return ExitCode.INTERNAL.code;
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(rendered);
            if (out.checkError()) {
                err.println("tickmark: cannot write the facts to standard output");
                return ExitCode.USAGE_OR_INPUT.code;
            }
        } else {
            try {
                OutputFile.write(output, rendered);
            } catch (IOException e) {
                err.println("tickmark: cannot write the facts to " + output + ": " + e.getMessage());
                return ExitCode.USAGE_OR_INPUT.code;
            }
        }
        return ExitCode.OK.code;
    }

    private static void writeText(Extraction ex, PrintWriter out) {
        for (TableInfo t : ex.tables()) {
            out.printf("## %s  [%s, %s] %s  rows %d/%d  columns %s%n", t.getId(), t.getStatement(), t.getScope(),
                    t.getSource().describe(), t.getRowsRead(), t.getRowsWithFigures(), t.getColumns());
            for (Figure f : ex.figures()) {
                if (!f.getTable().equals(t.getId())) continue;
                out.printf("   r%-3d c%d %-50s %-22s %-20s %20s  %s%n", f.getRow(), f.getColumn(), cut(f.getLabel(), 50),
                        f.getConcept() == null ? "" : f.getConcept(), f.getPeriod() == null ? "" : f.getPeriod(),
                        f.getValue().toPlainString(), f.getSource().describe());
            }
        }
        for (var r : ex.relations()) if ("layout".equals(r.getOrigin())) out.println("rel " + r.getId() + "  " + r.getDescription() + "  " + r.getParts());
        for (ExtractionIssue i : ex.issues()) out.println("!! " + i.getWhat() + ": " + i.getText() + " (" + i.getSource().describe() + ")");
        for (Object o : ex.otherFacts()) out.println("fact " + o);
        out.flush();
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

}

package io.tickmark.cli;

import io.tickmark.normalize.ConceptCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tickmark concepts}: the concept ids that exist, for rules that match figures by concept. */
@Command(name = "concepts", mixinStandardHelpOptions = true,
        description = {"List the concept ids a rule can match (Figure( concept == \"TotalAssets\" )), by statement,",
                "with the frameworks that word them and their first labels. A label not in the dictionary has no concept:",
                "match it by label instead."})
public final class ConceptsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--statement", paramLabel = "NAME", description = "Only the concepts of this statement: balance, income, cashflow.")
    String statement;

    @Option(names = "--ids", description = "Only the ids, one a line.")
    boolean idsOnly;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ConceptCatalogue.Concept> all = ConceptCatalogue.all().stream()
                .filter(c -> statement == null || c.statement().equals(statement)).toList();
        if (all.isEmpty()) {
            spec.commandLine().getErr().println("tickmark: no concepts of statement " + statement + " (balance, income, cashflow)");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        String current = null;
        for (ConceptCatalogue.Concept c : all) {
            if (idsOnly) {
                out.println(c.id());
                continue;
            }
            if (!c.statement().equals(current)) {
                current = c.statement();
                out.println(current + ":");
            }
            List<String> labels = c.labels().subList(0, Math.min(3, c.labels().size()));
            String fw = c.frameworks().equals(List.of("*")) ? "" : " [" + String.join(", ", c.frameworks()) + "]";
            out.printf("  %-44s %s%s%n", c.id(), String.join("; ", labels), fw);
        }
        out.flush();
        return ExitCode.OK.code;
    }
}

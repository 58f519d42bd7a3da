package io.tickmark.cli;

import io.tickmark.engine.RuleEngine;
import io.tickmark.rules.RuleCatalogue;
import io.tickmark.rules.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tickmark rules list|explain ID}: the rule catalogue, read back from the compiled rules. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules or explain one.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Explain.class})
public final class RulesCommand implements Runnable {
    @Override
    public void run() {
        new ListRules().call();
    }

    @Command(name = "list", description = "List rules by pack.")
    static final class ListRules implements Callable<Integer> {
        @Override
        public Integer call() {
            RuleCatalogue cat = RuleEngine.builtIn().catalogue();
            for (Map.Entry<String, List<RuleInfo>> e : cat.byPack().entrySet()) {
                System.out.println(e.getKey() + ":");
                for (RuleInfo r : e.getValue()) System.out.printf("  %-8s %-8s %-12s %s%n", r.id(), r.severity(), r.category(),
                        r.description() != null ? r.description() : r.name());
            }
            return 0;
        }
    }

    @Command(name = "explain", description = "Explain one rule: what it checks, its authority and message.")
    static final class Explain implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            var r = RuleEngine.builtIn().catalogue().find(id);
            if (r.isEmpty()) {
                System.err.println("tickmark: no rule " + id);
                return ExitCode.USAGE_OR_INPUT.code;
            }
            RuleInfo i = r.get();
            System.out.println(i.id() + "  " + i.name());
            System.out.println("  pack:      " + i.pack());
            System.out.println("  severity:  " + i.severity());
            System.out.println("  category:  " + i.category());
            System.out.println("  checks:    " + (i.description() == null ? "" : i.description()));
            System.out.println("  message:   " + i.message());
            System.out.println("  authority: " + i.authority());
            System.out.println("  since:     " + i.since());
            return 0;
        }
    }
}

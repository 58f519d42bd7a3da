package io.tickmark.cli;

import io.tickmark.engine.RuleEngine;
import io.tickmark.engine.RulePackException;
import io.tickmark.rules.RuleCatalogue;
import io.tickmark.rules.RuleDocs;
import io.tickmark.rules.RuleInfo;
import io.tickmark.rules.cases.CaseFiles;
import io.tickmark.rules.cases.CaseResult;
import io.tickmark.rules.cases.CaseRunner;
import io.tickmark.rules.cases.RuleCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code tickmark rules list|explain ID|test DIR|docs DIR}: the rule catalogue, read back from the compiled rules. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List, explain, test and document the rules.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Explain.class, RulesCommand.TestRules.class, RulesCommand.Docs.class})
public final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Include the user rule pack(s) in DIR (repeatable).")
    List<Path> ruleDirs = new ArrayList<>();

    @Override
    public Integer call() {
        return new ListRules().list(this, spec.commandLine().getOut());
    }

    /** The engine with the user packs, or null after reporting why they do not compile. */
    RuleEngine engine(List<Path> extra, PrintWriter err) {
        List<Path> dirs = new ArrayList<>(ruleDirs);
        dirs.addAll(extra);
        try {
            return RuleEngine.withRulePacks(dirs);
        } catch (RulePackException e) {
            for (String p : e.problems()) err.println("tickmark: " + p);
            return null;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List rules by pack.")
    static final class ListRules implements Callable<Integer> {
        @ParentCommand
        RulesCommand parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return list(parent, spec.commandLine().getOut());
        }

        int list(RulesCommand parent, PrintWriter out) {
            RuleEngine engine = parent.engine(List.of(), parent.spec.commandLine().getErr());
            if (engine == null) return ExitCode.USAGE_OR_INPUT.code;
            RuleCatalogue cat = engine.catalogue();
            for (Map.Entry<String, List<RuleInfo>> e : cat.byPack().entrySet()) {
                out.println(e.getKey() + ":");
                for (RuleInfo r : e.getValue()) out.printf("  %-8s %-8s %-12s %s%n", r.id(), r.severity(), r.category(),
                        r.description() != null ? r.description() : r.name());
            }
            out.flush();
            return ExitCode.OK.code;
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain one rule: what it checks, its authority and message.")
    static final class Explain implements Callable<Integer> {
        @ParentCommand
        RulesCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            RuleEngine engine = parent.engine(List.of(), err);
            if (engine == null) return ExitCode.USAGE_OR_INPUT.code;
            var r = engine.catalogue().find(id);
            if (r.isEmpty()) {
                err.println("tickmark: no rule " + id);
                return ExitCode.USAGE_OR_INPUT.code;
            }
            RuleInfo i = r.get();
            out.println(i.id() + "  " + i.name());
            out.println("  pack:      " + i.pack());
            out.println("  severity:  " + i.severity());
            out.println("  category:  " + i.category());
            out.println("  checks:    " + (i.description() == null ? "" : i.description()));
            out.println("  message:   " + i.message());
            out.println("  authority: " + i.authority());
            out.println("  since:     " + i.since());
            out.println("  clauses:   " + String.join(", ", engine.catalogue().clausesOf(i.id()).stream().map(c -> "\"" + c.name() + "\"").toList()));
            if (i.source() != null) out.println("  file:      " + i.source());
            out.flush();
            return ExitCode.OK.code;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, description = {"Run the rule cases (*.cases.json) under DIR against the rules.",
            "DIR may hold a user pack's .drl files beside its cases; they are compiled and run with the built-in packs.",
            "Exit 0 when every case holds, 1 when one does not, 2 when a cases file or rule pack is broken."})
    static final class TestRules implements Callable<Integer> {
        @ParentCommand
        RulesCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "DIR")
        Path dir;
        @Option(names = "--show-passed", description = "Print every case, not only those that fail.")
        boolean verbose;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.exists(dir)) {
                err.println("tickmark: " + dir + ": no such directory");
                return ExitCode.USAGE_OR_INPUT.code;
            }
            RuleEngine engine = parent.engine(hasDrl(dir) ? List.of(dir) : List.of(), err);
            if (engine == null) return ExitCode.USAGE_OR_INPUT.code;
            List<Path> files;
            List<RuleCases> read = new ArrayList<>();
            try {
                files = CaseFiles.find(dir);
                for (Path f : files) read.add(CaseFiles.read(f));
            } catch (IOException e) {
                err.println("tickmark: " + e.getMessage());
                return ExitCode.USAGE_OR_INPUT.code;
            }
            if (files.isEmpty()) {
                err.println("tickmark: no " + CaseFiles.SUFFIX + " files under " + dir);
                return ExitCode.USAGE_OR_INPUT.code;
            }
            CaseRunner runner = new CaseRunner(engine);
            int passed = 0, failed = 0, todo = 0;
            for (RuleCases rc : read) {
                List<CaseResult> results;
                try {
                    results = runner.run(rc);
                } catch (IOException e) {
                    err.println("tickmark: " + e.getMessage());
                    return ExitCode.USAGE_OR_INPUT.code;
                }
                for (CaseResult r : results) {
                    switch (r.status()) {
                        case PASSED -> passed++;
                        case TODO -> todo++;
                        case FAILED, TODO_HOLDS -> failed++;
                    }
                    if (r.failed() || verbose || r.status() == CaseResult.Status.TODO) {
                        out.println(label(r.status()) + "  " + r.title() + "  (" + rc.file() + ")");
                        if (r.status() == CaseResult.Status.TODO_HOLDS) out.println("        the known miss is fixed: remove its \"todo\"");
                        for (String p : r.problems()) if (r.failed()) out.println("        " + p);
                    }
                }
            }
            out.println(passed + " passed, " + failed + " failed" + (todo > 0 ? ", " + todo + " todo" : ""));
            out.flush();
            return failed > 0 ? ExitCode.FINDINGS.code : ExitCode.OK.code;
        }

        private static String label(CaseResult.Status s) {
            return switch (s) {
                case PASSED -> "ok   ";
                case FAILED -> "FAIL ";
                case TODO -> "todo ";
                case TODO_HOLDS -> "FIXED";
            };
        }

        private static boolean hasDrl(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) return false;
            try (Stream<Path> s = Files.walk(dir)) {
                return s.anyMatch(p -> p.toString().endsWith(".drl"));
            }
        }
    }

    @Command(name = "docs", mixinStandardHelpOptions = true, description = "Write the rule documentation (README.md and one page per pack) into DIR.")
    static final class Docs implements Callable<Integer> {
        @ParentCommand
        RulesCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "DIR", description = "The folder to write into (docs/rules in a checkout).")
        Path dir;
        @Option(names = "--cases", paramLabel = "DIR", defaultValue = "src/test/resources/rules",
                description = "Where the rules' cases are, to list them on each rule's page (default: ${DEFAULT-VALUE}).")
        Path cases;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            RuleEngine engine = parent.engine(List.of(), err);
            if (engine == null) return ExitCode.USAGE_OR_INPUT.code;
            List<RuleCases> read = new ArrayList<>();
            try {
                if (Files.isDirectory(cases)) for (Path f : CaseFiles.find(cases)) read.add(CaseFiles.read(f));
            } catch (IOException e) {
                err.println("tickmark: " + e.getMessage());
                return ExitCode.USAGE_OR_INPUT.code;
            }
            Files.createDirectories(dir);
            for (Map.Entry<String, String> e : RuleDocs.generate(engine.catalogue(), RuleDocs.byRule(read)).entrySet()) {
                Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
                spec.commandLine().getOut().println("wrote " + dir.resolve(e.getKey()));
            }
            spec.commandLine().getOut().flush();
            return ExitCode.OK.code;
        }
    }
}

package io.tickmark.bench;

import io.tickmark.engine.RuleEngine;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.json.FactsJson;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the rule run's time goes, rule by rule (a benchmark aid: prints, asserts nothing). Phreak
 * evaluates a rule's joins lazily, just before its first match fires, so the time from the previous
 * firing to a rule's firing is charged to that rule, together with its consequences.
 *
 * <pre>java ... io.tickmark.bench.RuleProfile 100000   (or a facts JSON path)</pre>
 */
public final class RuleProfile {
    private RuleProfile() {}

    public static void main(String[] args) throws Exception {
        String arg = args.length > 0 ? args[0] : "100000";
        byte[] json = arg.matches("\\d+") ? RuleBenchmark.facts(Integer.parseInt(arg)).getBytes(StandardCharsets.UTF_8)
                : Files.readAllBytes(Path.of(arg));
        KieBase base;
        String drl = System.getProperty("drl");
        if (drl != null) {
            // experiments: the DRL under a directory compiled now, the classic way (no build needed)
            var kb = org.kie.internal.builder.KnowledgeBuilderFactory.newKnowledgeBuilder();
            try (var files = Files.walk(Path.of(drl))) {
                for (Path p : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                    kb.add(org.kie.internal.io.ResourceFactory.newFileResource(p.toFile()), org.kie.api.io.ResourceType.DRL);
                }
            }
            if (kb.hasErrors()) throw new IllegalStateException(kb.getErrors().toString());
            base = kb.newKieBase();
        } else {
            java.lang.reflect.Field f = RuleEngine.class.getDeclaredField("kieBase");
            f.setAccessible(true);
            base = (KieBase) f.get(RuleEngine.builtIn());
        }
        if (args.length > 1 && args[1].equals("right")) {
            rightInputs(base);
            return;
        }
        if (args.length > 1) {
            for (String rule : args[1].split(",")) dump(base, rule);
            return;
        }
        Extraction ex = FactsJson.read(json, "profile.json");
        KieSession session = base.newKieSession();
        Map<String, long[]> cost = new HashMap<>();
        long[] last = {0};
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override public void beforeMatchFired(BeforeMatchFiredEvent e) {
                long now = System.nanoTime();
                long[] c = cost.computeIfAbsent(key(e.getMatch().getRule()), k -> new long[3]);
                c[0] += now - last[0];
                c[2]++;
                last[0] = now;
            }
            @Override public void afterMatchFired(AfterMatchFiredEvent e) {
                long now = System.nanoTime();
                cost.get(key(e.getMatch().getRule()))[1] += now - last[0];
                last[0] = now;
            }
        });
        long t0 = System.nanoTime();
        for (Object o : ex.allFacts()) session.insert(o);
        for (Object o : RuleEngine.groupings(ex)) session.insert(o);
        long t1 = System.nanoTime();
        last[0] = t1;
        long gc0 = gcMillis();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        session.fireAllRules();
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "fire: cpu %d ms, gc %d ms, heap used %d MiB%n", (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000, gcMillis() - gc0,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        System.out.printf(Locale.ROOT, "insert %d ms, fire %d ms, %d facts%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, session.getFactCount());
        cost.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1])).limit(25)
                .forEach(e -> System.out.printf(Locale.ROOT, "%8d ms before + %6d ms in  %7d firings  %s%n",
                        e.getValue()[0] / 1_000_000, e.getValue()[1] / 1_000_000, e.getValue()[2], e.getKey()));
        if (Boolean.getBoolean("histo")) {
            new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram").inheritIO().start().waitFor();
        }
        session.dispose();
    }

    /** The beta nodes of the rules whose name starts with {@code prefix}: kind, constraints, whether indexed. */
    private static void dump(KieBase base, String prefix) {
        var builder = ((org.drools.core.impl.InternalRuleBase) base).getReteooBuilder();
        builder.getTerminalNodes().forEach((name, nodes) -> {
            if (!name.contains(prefix)) return;
            for (var tn : nodes) {
                System.out.println("rule " + name);
                for (org.drools.core.reteoo.LeftTupleSource s = tn.getLeftTupleSource(); s != null; s = s.getLeftTupleSource()) {
                    if (s instanceof org.drools.core.reteoo.BetaNode b) {
                        System.out.printf(Locale.ROOT, "  %s indexed=%s count=%d constraints=%s%n", b.getClass().getSimpleName(),
                                b.getRawConstraints().isIndexed(), b.getRawConstraints().getIndexCount(),
                                java.util.Arrays.toString(b.getConstraints()));
                    } else {
                        System.out.println("  " + s.getClass().getSimpleName());
                    }
                }
            }
        });
    }

    /** Every beta node's right input: its object type and alpha filters (each right fact costs a tuple per node). */
    private static void rightInputs(KieBase base) {
        var builder = ((org.drools.core.impl.InternalRuleBase) base).getReteooBuilder();
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        builder.getTerminalNodes().forEach((name, nodes) -> {
            for (var tn : nodes) {
                for (org.drools.core.reteoo.LeftTupleSource s = tn.getLeftTupleSource(); s != null; s = s.getLeftTupleSource()) {
                    if (s instanceof org.drools.core.reteoo.BetaNode b && seen.add(b)) {
                        StringBuilder alphas = new StringBuilder();
                        Object src = b.getRightInput().getParent();
                        String type = "?";
                        while (src != null) {
                            if (src instanceof org.drools.core.reteoo.AlphaNode a) alphas.append(" [").append(a.getConstraint()).append(']');
                            if (src instanceof org.drools.core.reteoo.ObjectTypeNode o) { type = o.getObjectType().toString(); break; }
                            src = ((org.drools.core.reteoo.ObjectSource) src).getParent();
                        }
                        System.out.printf(Locale.ROOT, "%-30s %-14s %s |%s%n", type.replace("ClassObjectType::", ""), b.getClass().getSimpleName(), name, alphas);
                    }
                }
            }
        });
    }

    private static long gcMillis() {
        long t = 0;
        for (var b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) t += b.getCollectionTime();
        return t;
    }

    private static String key(org.kie.api.definition.rule.Rule r) {
        return r.getMetaData().get("id") + " " + r.getName();
    }
}

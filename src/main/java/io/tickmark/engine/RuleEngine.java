package io.tickmark.engine;

import io.tickmark.extract.Extraction;
import io.tickmark.facts.Check;
import io.tickmark.facts.Finding;
import io.tickmark.rules.RuleCatalogue;
import io.tickmark.rules.RuleInfo;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.impl.InternalRuleBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The only Java class that talks to Drools. One {@link KieBase} per run, built from the executable
 * model that the build generated (no DRL is parsed at start-up); one session per document. User
 * packs ({@code --rules DIR}) are compiled from DRL at run time into a KieBase of their own that also
 * holds the built-in packs.
 */
public final class RuleEngine {
    private static final String MODEL_INDEX = "META-INF/kie/io.tickmark/tickmark/drools-model";
    private static final String PACKAGE_PREFIX = "rules.";
    /** The pack that binds relations to figures; every other pack depends on it, so it always runs. */
    public static final String DERIVE = "derive";

    private static RuleEngine builtIn;

    private final KieBase kieBase;
    private final Set<String> userPackages;

    private RuleEngine(KieBase kieBase, Set<String> userPackages) {
        this.kieBase = kieBase;
        this.userPackages = Set.copyOf(userPackages);
    }

    /** The built-in rule packs compiled at build time (loaded once; sessions are per document). */
    public static synchronized RuleEngine builtIn() {
        if (builtIn == null) builtIn = new RuleEngine(loadModel(), Set.of());
        return builtIn;
    }

    /**
     * The built-in packs plus the user packs under {@code dirs}, compiled now. Compile errors and
     * rules without the required metadata are reported with their file (and line).
     */
    public static RuleEngine withRulePacks(List<Path> dirs) throws RulePackException {
        if (dirs.isEmpty()) return builtIn();
        Collection<KiePackage> user = RulePackCompiler.compile(dirs);
        KieBase base = loadModel();
        Set<String> builtInRules = new HashSet<>();
        for (KiePackage p : base.getKiePackages()) for (Rule r : p.getRules()) builtInRules.add(p.getName() + "/" + r.getName());
        List<String> problems = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (KiePackage p : user) {
            for (Rule r : p.getRules()) {
                if (builtInRules.contains(p.getName() + "/" + r.getName())) {
                    problems.add(sourceOf(r) + ": rule \"" + r.getName() + "\" would replace the built-in rule of that name in package " + p.getName());
                }
            }
            if (!p.getRules().isEmpty()) names.add(p.getName());
        }
        if (!problems.isEmpty()) throw new RulePackException(problems);
        ((InternalRuleBase) base).addPackages(user);
        RuleEngine engine = new RuleEngine(base, names);
        // The combined catalogue must stay sound: built-in rules are (a test sees to it), so any problem is the user's.
        List<String> meta = engine.catalogue().problems();
        if (!meta.isEmpty()) throw new RulePackException(meta);
        return engine;
    }

    /** Runs the packs named in {@code packs} (all when empty; {@code derive} always) over one document. */
    public EngineResult run(Extraction extraction, Set<String> packs) {
        return run(extraction, packs, Set.of());
    }

    /**
     * As {@link #run(Extraction, Set)}, with the rules whose {@code @id} is in {@code disabled} kept
     * from firing (a filing's config switches them off).
     */
    public EngineResult run(Extraction extraction, Set<String> packs, Set<String> disabled) {
        KieSession session = kieBase.newKieSession();
        try {
            for (Object fact : extraction.allFacts()) session.insert(fact);
            for (Object fact : groupings(extraction)) session.insert(fact);
            // What each rule derived and still holds at the end: a logical insert that the engine retracts
            // again (an activation cancelled when later facts arrive) is an artefact of agenda order, not a
            // derivation, so it is not counted. Listened for only from here: rules insert only while they
            // fire, and a listener present during the inserts above costs an event object per fact.
            Map<org.kie.api.runtime.rule.FactHandle, String[]> derivedBy = new java.util.HashMap<>();
            Map<Rule, String> ruleIds = new java.util.IdentityHashMap<>();
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    Rule rule = event.getRule();
                    if (rule == null) return;
                    // each getMetaData() wraps the map anew; a rule inserts thousands of facts in a large filing
                    String id = ruleIds.computeIfAbsent(rule, r -> String.valueOf(r.getMetaData().get("id")));
                    derivedBy.put(event.getFactHandle(), new String[] {id, event.getObject().getClass().getSimpleName()});
                }

                @Override
                public void objectDeleted(org.kie.api.event.rule.ObjectDeletedEvent event) {
                    derivedBy.remove(event.getFactHandle());
                }
            });
            if (packs.isEmpty() && disabled.isEmpty()) {
                session.fireAllRules();
            } else {
                // decided once per rule, not per match: a large document fires the same few rules tens of thousands of times
                Map<Rule, Boolean> allowed = new java.util.IdentityHashMap<>();
                session.fireAllRules(match -> allowed.computeIfAbsent(match.getRule(), rule -> {
                    if (disabled.contains(String.valueOf(rule.getMetaData().get("id")))) return false;
                    String pack = packOf(rule.getPackageName());
                    return packs.isEmpty() || pack.equals(DERIVE) || packs.contains(pack);
                }));
            }
            List<Check> checks = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof Check c) checks.add(c);
                else if (o instanceof Finding f) findings.add(f);
            }
            Map<String, Map<String, Integer>> derived = new TreeMap<>();
            for (String[] d : derivedBy.values()) derived.computeIfAbsent(d[0], k -> new TreeMap<>()).merge(d[1], 1, Integer::sum);
            return new EngineResult(checks, findings, derived);
        } finally {
            session.dispose();
        }
    }

    /**
     * The groupings the rules bind figures from (ADR 0005): a fact's statements, a table's figures, the
     * figures named by id. Made here, beside the extraction's facts, so that every way into the engine
     * has them; they decide nothing.
     */
    public static List<Object> groupings(Extraction extraction) {
        List<Object> out = new ArrayList<>();
        out.addAll(io.tickmark.facts.SameFact.of(extraction.figures()));
        out.addAll(io.tickmark.facts.TableFigures.of(extraction.figures()));
        out.addAll(io.tickmark.facts.FiguresById.of(extraction.figures(), extraction.otherFacts()));
        return out;
    }

    /** The names of the packs this engine holds, for validating {@code --pack}. */
    public Set<String> packs() {
        Set<String> out = new TreeSet<>();
        for (KiePackage p : kieBase.getKiePackages()) if (!p.getRules().isEmpty()) out.add(packOf(p.getName()));
        return out;
    }

    /** The rule catalogue, read back from the compiled rules' metadata. */
    public RuleCatalogue catalogue() {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Map<String, Object> m = r.getMetaData();
                rules.add(new RuleInfo(r.getName(), packOf(p.getName()), str(m, "id"), str(m, "severity"),
                        str(m, "category"), str(m, "message"), str(m, "authority"), str(m, "since"),
                        description(m), userPackages.contains(p.getName()) ? sourceOf(r) : null));
            }
        }
        return new RuleCatalogue(rules);
    }

    private static KieBase loadModel() {
        ClassLoader cl = RuleEngine.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) throw new IllegalStateException("rule model index " + MODEL_INDEX + " missing: build with mvn package");
            List<Model> models = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("Drools-Model-Version")) continue;
                models.add((Model) Class.forName(line, true, cl).getDeclaredConstructor().newInstance());
            }
            return KieBaseBuilder.createKieBaseFromModel(models);
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the compiled rule model: " + e, e);
        }
    }

    /** {@code rules.consistency} is pack {@code consistency}; a user package outside {@code rules.} is named by its last segment. */
    static String packOf(String packageName) {
        if (packageName.startsWith(PACKAGE_PREFIX)) {
            String p = packageName.substring(PACKAGE_PREFIX.length());
            int dot = p.indexOf('.');
            return dot < 0 ? p : p.substring(0, dot);
        }
        int dot = packageName.lastIndexOf('.');
        return dot < 0 ? packageName : packageName.substring(dot + 1);
    }

    private static String sourceOf(Rule r) {
        if (r instanceof RuleImpl ri && ri.getResource() != null && ri.getResource().getSourcePath() != null) {
            return ri.getResource().getSourcePath();
        }
        return "rule pack";
    }

    /** Classic DRL compilation files {@code @description} under the annotation's class name; the executable model does not. */
    private static String description(Map<String, Object> m) {
        String d = str(m, "description");
        return d != null ? d : str(m, "org.kie.api.definition.type.Description");
    }

    private static String str(Map<String, Object> m, String k) {
        Object v = m.get(k);
        return v == null ? null : v.toString();
    }
}

package io.tickmark.engine;

import io.tickmark.extract.Extraction;
import io.tickmark.facts.Check;
import io.tickmark.facts.Finding;
import io.tickmark.rules.RuleCatalogue;
import io.tickmark.rules.RuleInfo;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The only Java class that talks to Drools. One {@link KieBase} per run, built from the executable
 * model that the build generated (no DRL is parsed at start-up); one session per document.
 */
public final class RuleEngine {
    private static final String MODEL_INDEX = "META-INF/kie/io.tickmark/tickmark/drools-model";
    private static final String PACKAGE_PREFIX = "rules.";

    private final KieBase kieBase;

    private RuleEngine(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /** Loads the built-in rule packs compiled at build time. */
    public static RuleEngine builtIn() {
        ClassLoader cl = RuleEngine.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) throw new IllegalStateException("rule model index " + MODEL_INDEX + " missing: build with mvn package");
            List<Model> models = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("Drools-Model-Version")) continue;
                models.add((Model) Class.forName(line, true, cl).getDeclaredConstructor().newInstance());
            }
            return new RuleEngine(KieBaseBuilder.createKieBaseFromModel(models));
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the compiled rule model: " + e, e);
        }
    }

    /** Runs the packs named in {@code packs} (all when empty; {@code derive} always) over one document. */
    public EngineResult run(Extraction extraction, Set<String> packs) {
        KieSession session = kieBase.newKieSession();
        try {
            for (Object fact : extraction.allFacts()) session.insert(fact);
            if (packs.isEmpty()) {
                session.fireAllRules();
            } else {
                session.fireAllRules(match -> {
                    String pack = packOf(match.getRule().getPackageName());
                    return pack.equals("derive") || packs.contains(pack);
                });
            }
            List<Check> checks = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof Check c) checks.add(c);
                else if (o instanceof Finding f) findings.add(f);
            }
            return new EngineResult(checks, findings);
        } finally {
            session.dispose();
        }
    }

    /** The rule catalogue, read back from the compiled rules' metadata. */
    public RuleCatalogue catalogue() {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            if (!p.getName().startsWith(PACKAGE_PREFIX)) continue;
            Collection<Rule> rs = p.getRules();
            for (Rule r : rs) {
                Map<String, Object> m = r.getMetaData();
                rules.add(new RuleInfo(r.getName(), packOf(p.getName()), str(m, "id"), str(m, "severity"),
                        str(m, "category"), str(m, "message"), str(m, "authority"), str(m, "since"),
                        str(m, "description")));
            }
        }
        return new RuleCatalogue(rules);
    }

    private static String packOf(String packageName) {
        String p = packageName.startsWith(PACKAGE_PREFIX) ? packageName.substring(PACKAGE_PREFIX.length()) : packageName;
        int dot = p.indexOf('.');
        return dot < 0 ? p : p.substring(0, dot);
    }

    private static String str(Map<String, Object> m, String k) {
        Object v = m.get(k);
        return v == null ? null : v.toString();
    }
}

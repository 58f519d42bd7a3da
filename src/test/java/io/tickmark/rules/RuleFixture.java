package io.tickmark.rules;

import io.tickmark.engine.EngineResult;
import io.tickmark.engine.RuleEngine;
import io.tickmark.extract.Extraction;
import io.tickmark.facts.Check;
import io.tickmark.facts.DocumentInfo;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.facts.KeyFigure;
import io.tickmark.facts.Profile;
import io.tickmark.facts.SourceRef;
import io.tickmark.run.ProfileLoader;
import io.tickmark.source.UnreadableInputException;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Facts in, checks and findings out: one document run through the built-in rule packs. */
public final class RuleFixture {
    private static RuleEngine engine;
    public static final String DOC = "fixture";

    private final Extraction ex = new Extraction(new DocumentInfo(DOC, "fixture.txt", "annual-report", null, null, "CNY", null));
    private EngineResult result;

    public RuleFixture() {
        this((Path) null);
    }

    public RuleFixture(Path profile) {
        try {
            ex.otherFacts().add(ProfileLoader.load(profile, null));
        } catch (UnreadableInputException e) {
            throw new IllegalStateException(e);
        }
    }

    public RuleFixture add(Object... facts) {
        ex.otherFacts().addAll(Arrays.asList(facts));
        return this;
    }

    public RuleFixture addAll(List<Object> facts) {
        ex.otherFacts().addAll(facts);
        return this;
    }

    public RuleFixture run() {
        if (engine == null) engine = RuleEngine.builtIn();
        result = engine.run(ex, Set.of());
        return this;
    }

    public List<Finding> findings(String ruleIdPrefix) {
        return result.findings().stream().filter(f -> f.getRuleId().startsWith(ruleIdPrefix)).toList();
    }

    public List<Check> checks(String ruleIdPrefix) {
        return result.checks().stream().filter(c -> c.getRuleId().startsWith(ruleIdPrefix)).toList();
    }

    /** The one going-concern assessment finding (GC-100, GC-101 or GC-102), or null when none was raised. */
    public Finding assessment() {
        List<Finding> a = result.findings().stream().filter(f -> List.of("GC-100", "GC-101", "GC-102").contains(f.getRuleId())).toList();
        if (a.size() > 1) throw new AssertionError("more than one assessment: " + a);
        return a.isEmpty() ? null : a.get(0);
    }

    public String assessmentText() {
        Finding a = assessment();
        return a == null ? "" : a.getMessage() + "\n" + String.join("\n", a.getDetails());
    }

    /** A key figure from the statements: balances at 2021-12-31 (prior 2020-12-31), flows for the twelve months. */
    public static KeyFigure kf(String concept, String role, String value) {
        boolean flow = List.of("NetProfit", "NetProfitAttributableToParent", "OperatingIncome", "Revenue", "NetCashFromOperating", "Impairment")
                .contains(concept);
        String date = role.equals("current") ? "2021-12-31" : "2020-12-31";
        String period = flow ? io.tickmark.normalize.Periods.duration(java.time.LocalDate.parse(date), "12M") : date;
        SourceRef src = SourceRef.ofLines("fixture.txt", 1, 10, 10);
        Figure f = new Figure(concept + role, DOC, "statement", "balance", "consolidated", 0, 0, concept, concept, date, period,
                new BigDecimal(value), 0, 1, "CNY", src);
        return new KeyFigure(DOC, concept, role, period, new BigDecimal(value), "CNY", "statement", concept, List.of(f), src);
    }

    public static KeyFigure narrative(String concept, String value) {
        return new KeyFigure(DOC, concept, "current", null, new BigDecimal(value), "CNY", "narrative", concept, List.of(),
                new SourceRef("fixture.txt", 0, 1, 1, 100, 110, null));
    }

    public static Profile defaults() {
        try {
            return ProfileLoader.load(null, null);
        } catch (UnreadableInputException e) {
            throw new IllegalStateException(e);
        }
    }
}

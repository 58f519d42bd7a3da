package io.tickmark.rules.disclosure;

import io.tickmark.engine.EngineResult;
import io.tickmark.engine.RuleEngine;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.disclosure.LegalData;
import io.tickmark.facts.Check;
import io.tickmark.facts.DocumentInfo;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.facts.Profile;
import io.tickmark.facts.SourceRef;
import io.tickmark.run.ProfileLoader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Builds a rule session from facts written in a test, with the built-in profile and legal data. */
final class Session {
    static final String DOC = "fixture.txt";
    private static final RuleEngine ENGINE = RuleEngine.builtIn();

    private final Extraction ex = new Extraction(new DocumentInfo(DOC, DOC, "prospectus", null, null, "CNY", "ifrs"));

    Session(LocalDate asOf) {
        try {
            Profile p = ProfileLoader.load(null, asOf);
            ex.otherFacts().add(p);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        ex.otherFacts().addAll(LegalData.facts());
    }

    Session() { this(null); }

    Session add(Object... facts) {
        for (Object f : facts) {
            if (f instanceof Figure fig) ex.figures().add(fig);
            else ex.otherFacts().add(f);
        }
        return this;
    }

    Extraction extraction() { return ex; }

    EngineResult run() { return ENGINE.run(ex, Set.of()); }

    static SourceRef line(int n) { return SourceRef.ofLines(DOC, 1, n, n); }

    static List<Finding> findings(EngineResult r, String ruleId) {
        return r.findings().stream().filter(f -> f.getRuleId().equals(ruleId)).toList();
    }

    static List<Check> checks(EngineResult r, String ruleId, String outcome) {
        return r.checks().stream().filter(c -> c.getRuleId().equals(ruleId) && c.getOutcome().equals(outcome)).toList();
    }

    /** An amount in a table, in thousands unless {@code scale} says otherwise. */
    static Figure figure(String table, int row, int col, String label, String value, long scale) {
        return new Figure(String.format("%s#%04d.%02d", table, row, col), DOC, table, "disclosure", "consolidated", row, col, label,
                null, "2021", "2021-01-01/2021-12-31", new BigDecimal(value), 0, scale, scale == 1 ? "count" : "CNY", line(100 + row));
    }
}

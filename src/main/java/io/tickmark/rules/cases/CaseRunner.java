package io.tickmark.rules.cases;

import io.tickmark.engine.EngineResult;
import io.tickmark.engine.RuleEngine;
import io.tickmark.extract.Extraction;
import io.tickmark.facts.Check;
import io.tickmark.facts.Finding;
import io.tickmark.facts.Profile;
import io.tickmark.run.ProfileLoader;
import io.tickmark.source.UnreadableInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs rule cases: builds each case's facts, runs the engine over them (all packs unless the case
 * narrows them; {@code derive} always), and compares what the rules concluded with what the case
 * expects.
 */
public final class CaseRunner {
    private final RuleEngine engine;

    public CaseRunner(RuleEngine engine) {
        this.engine = engine;
    }

    public List<CaseResult> run(RuleCases file) throws CaseFormatException {
        List<CaseResult> out = new ArrayList<>();
        for (RuleCase c : file.cases()) out.add(run(file, c));
        return out;
    }

    public CaseResult run(RuleCases file, RuleCase c) throws CaseFormatException {
        String where = file.file() + ": case \"" + c.name() + "\"";
        List<String> problems = new ArrayList<>();
        if (engine.catalogue().find(file.rule()).isEmpty()) problems.add("rule " + file.rule() + " is not in the catalogue");
        for (String p : c.packs()) {
            if (!engine.packs().contains(p)) problems.add("no rule pack " + p);
        }
        if (!problems.isEmpty()) return new CaseResult(file, c, CaseResult.Status.FAILED, problems);

        Extraction ex = CaseFacts.build(c.facts(), file.file().getFileName() + "#" + c.name(), where);
        ex.otherFacts().add(profile(c, where));
        EngineResult r = engine.run(ex, c.packs());
        problems.addAll(compare(c, r));
        CaseResult.Status status;
        if (c.todo() == null) status = problems.isEmpty() ? CaseResult.Status.PASSED : CaseResult.Status.FAILED;
        else status = problems.isEmpty() ? CaseResult.Status.TODO_HOLDS : CaseResult.Status.TODO;
        return new CaseResult(file, c, status, List.copyOf(problems));
    }

    static List<String> compare(RuleCase c, EngineResult r) {
        List<String> problems = new ArrayList<>();
        for (RuleCase.ExpectedFinding e : c.must()) {
            List<Finding> hits = r.findings().stream().filter(f -> f.getRuleId().equals(e.ruleId())).toList();
            if (hits.isEmpty()) {
                problems.add("must raise " + e.ruleId() + " (" + e.severity() + "), raised none" + raisedSummary(r));
                continue;
            }
            if (e.count() != null && hits.size() != e.count()) {
                problems.add("must raise " + e.ruleId() + " " + e.count() + " time(s), raised it " + hits.size() + " time(s): " + messages(hits));
            }
            for (Finding f : hits) {
                if (!e.severity().equals(f.getSeverity())) {
                    problems.add(e.ruleId() + " raised with severity " + f.getSeverity() + ", expected " + e.severity());
                    break;
                }
            }
            if (e.messageContains() != null && hits.stream().noneMatch(f -> f.getMessage().contains(e.messageContains()))) {
                problems.add(e.ruleId() + " message should contain \"" + e.messageContains() + "\": " + messages(hits));
            }
            if (e.subjectContains() != null && hits.stream().noneMatch(f -> String.valueOf(f.getSubject()).contains(e.subjectContains()))) {
                problems.add(e.ruleId() + " subject should contain \"" + e.subjectContains() + "\": "
                        + hits.stream().map(Finding::getSubject).toList());
            }
        }
        for (String id : c.mustNot()) {
            List<Finding> hits = r.findings().stream().filter(f -> f.getRuleId().equals(id)).toList();
            if (!hits.isEmpty()) problems.add("must not raise " + id + ", raised: " + messages(hits));
        }
        for (RuleCase.ExpectedCheck e : c.checks()) {
            List<Check> hits = r.checks().stream().filter(k -> k.getRuleId().equals(e.ruleId()) && k.getOutcome().equals(e.outcome())).toList();
            boolean ok = e.count() == null ? !hits.isEmpty() : hits.size() == e.count();
            if (!ok) {
                Map<String, Integer> seen = new HashMap<>();
                for (Check k : r.checks()) seen.merge(k.getRuleId() + " " + k.getOutcome(), 1, Integer::sum);
                problems.add("expected " + (e.count() == null ? "a" : e.count()) + " " + e.ruleId() + " check(s) " + e.outcome()
                        + ", found " + hits.size() + " (checks recorded: " + seen + ")");
            }
        }
        for (RuleCase.ExpectedDerived e : c.derived()) {
            int n = r.derivedCount(e.ruleId(), e.type());
            if (n != e.count()) {
                problems.add("expected " + e.ruleId() + " to derive " + e.count() + " " + e.type() + ", it derived " + n
                        + " (derived: " + r.derived() + ")");
            }
        }
        return problems;
    }

    private static Profile profile(RuleCase c, String where) throws CaseFormatException {
        Profile base;
        try {
            base = ProfileLoader.load(null, c.asOf());
        } catch (UnreadableInputException e) {
            throw new CaseFormatException(where + ": " + e.getMessage());
        }
        if (c.profile().isEmpty()) return base;
        Map<String, BigDecimal> t = new HashMap<>(base.getThresholds());
        for (Map.Entry<String, BigDecimal> e : c.profile().entrySet()) {
            if (!t.containsKey(e.getKey())) throw new CaseFormatException(where + ": the profile has no threshold " + e.getKey());
            t.put(e.getKey(), e.getValue());
        }
        return new Profile(t, base.getDocumentation(), c.asOf());
    }

    private static String messages(List<Finding> fs) {
        return fs.stream().map(f -> "[" + f.getSeverity() + "] " + f.getMessage()).toList().toString();
    }

    private static String raisedSummary(EngineResult r) {
        if (r.findings().isEmpty()) return " (no finding at all)";
        return " (raised: " + r.findings().stream().map(Finding::getRuleId).distinct().sorted().toList() + ")";
    }
}

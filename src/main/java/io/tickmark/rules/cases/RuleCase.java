package io.tickmark.rules.cases;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One case of a rule's cases file: facts in, expected findings out, and why.
 *
 * @param must     findings that must be raised
 * @param mustNot  rule ids that must raise no finding
 * @param checks   checks that must be recorded
 * @param derived  facts that rules must have inserted (count 0: none)
 * @param todo     a known miss, recorded honestly: the case is expected not to hold yet (Semgrep's todoruleid)
 */
public record RuleCase(String name, String reason, String todo, Set<String> packs, Map<String, BigDecimal> profile,
                       LocalDate asOf, JsonNode facts, List<ExpectedFinding> must, List<String> mustNot,
                       List<ExpectedCheck> checks, List<ExpectedDerived> derived) {

    /** A finding that must be raised: rule id and severity, optionally how many and what the message says. */
    public record ExpectedFinding(String ruleId, String severity, Integer count, String messageContains, String subjectContains) {}

    /** A check that must be recorded with this outcome ({@code passed}, {@code failed}, {@code rounding}, …). */
    public record ExpectedCheck(String ruleId, String outcome, Integer count) {}

    /** Facts of {@code type} (simple class name) that rules with {@code ruleId} must have inserted. */
    public record ExpectedDerived(String ruleId, String type, int count) {}

    /**
     * The case shows {@code ruleId} firing: it must raise a finding, derive at least one fact, or
     * record a check of an outcome other than passed (a rule that only records "unverified").
     */
    public boolean fires(String ruleId) {
        return must.stream().anyMatch(e -> e.ruleId().equals(ruleId))
                || derived.stream().anyMatch(d -> d.ruleId().equals(ruleId) && d.count() > 0)
                || checks.stream().anyMatch(c -> c.ruleId().equals(ruleId) && !"passed".equals(c.outcome()) && (c.count() == null || c.count() > 0));
    }

    /** The case shows {@code ruleId} staying quiet: no finding from it, or nothing derived by it. */
    public boolean quiet(String ruleId) {
        return mustNot.contains(ruleId) || derived.stream().anyMatch(d -> d.ruleId().equals(ruleId) && d.count() == 0);
    }
}

package io.tickmark.engine;

import io.tickmark.facts.Check;
import io.tickmark.facts.Finding;

import java.util.List;
import java.util.Map;

/**
 * What the rules concluded about one document: the checks performed, the findings raised, and,
 * for rule cases and diagnostics, how many facts of each type each rule id inserted
 * ({@code derived.get("DRV-001").get("Footing")}).
 */
public record EngineResult(List<Check> checks, List<Finding> findings, Map<String, Map<String, Integer>> derived) {

    public EngineResult(List<Check> checks, List<Finding> findings) {
        this(checks, findings, Map.of());
    }

    /** Facts of {@code type} (simple class name) that rules with {@code ruleId} inserted. */
    public int derivedCount(String ruleId, String type) {
        return derived.getOrDefault(ruleId, Map.of()).getOrDefault(type, 0);
    }
}

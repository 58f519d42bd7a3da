package io.tickmark.rules.cases;

import java.util.List;

/** How one case fared: the expectations that did not hold are listed, one line each. */
public record CaseResult(RuleCases file, RuleCase rule, Status status, List<String> problems) {

    public enum Status {
        /** Every expectation held. */
        PASSED,
        /** An expectation did not hold. */
        FAILED,
        /** A case marked todo did not hold: a known miss, recorded. */
        TODO,
        /** A case marked todo now holds: remove the todo mark (the miss was fixed). */
        TODO_HOLDS
    }

    /** Whether the case counts against the run. */
    public boolean failed() {
        return status == Status.FAILED || status == Status.TODO_HOLDS;
    }

    public String title() {
        return file.rule() + " / " + rule.name();
    }
}

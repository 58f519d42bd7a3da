package io.tickmark.engine;

import java.util.List;

/**
 * A rule pack given with {@code --rules DIR} does not compile or lacks required metadata. Each
 * problem is one line naming the file and, where the compiler knows it, the line.
 */
public final class RulePackException extends Exception {
    private final List<String> problems;

    public RulePackException(List<String> problems) {
        super(problems.isEmpty() ? "rule pack does not compile" : problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
}

package io.tickmark.rules.cases;

import java.nio.file.Path;
import java.util.List;

/** A rule's cases file, {@code <pack>/<RULE-ID>.cases.json}: the rule it is about and its cases. */
public record RuleCases(Path file, String rule, String description, List<RuleCase> cases) {

    /** The pack named by the folder the file sits in. */
    public String packFolder() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? "" : parent.getFileName().toString();
    }
}

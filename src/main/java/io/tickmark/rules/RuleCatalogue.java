package io.tickmark.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rules as their metadata describes them. Several DRL rules may share one {@code @id} (a rule
 * family: the clause that records a passed check and the clause that raises the finding); the
 * catalogue presents one entry per id, taken from the clause that raises findings when there is one.
 */
public final class RuleCatalogue {
    private final List<RuleInfo> clauses;
    private final Map<String, RuleInfo> byId = new TreeMap<>();

    public RuleCatalogue(List<RuleInfo> clauses) {
        List<RuleInfo> sorted = new ArrayList<>(clauses);
        sorted.sort(Comparator.comparing(RuleInfo::name));
        this.clauses = List.copyOf(sorted);
        for (RuleInfo r : sorted) {
            if (r.id() == null) continue;
            RuleInfo prev = byId.get(r.id());
            if (prev == null || (prev.message() == null && r.message() != null)) byId.put(r.id(), r);
        }
    }

    public List<RuleInfo> clauses() { return clauses; }
    public List<RuleInfo> rules() { return List.copyOf(byId.values()); }
    public Optional<RuleInfo> find(String id) { return Optional.ofNullable(byId.get(id)); }

    public Map<String, List<RuleInfo>> byPack() {
        Map<String, List<RuleInfo>> m = new LinkedHashMap<>();
        for (RuleInfo r : rules()) m.computeIfAbsent(r.pack(), k -> new ArrayList<>()).add(r);
        return m;
    }
}

package io.tickmark.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The rules as their metadata describes them. Several DRL rules may share one {@code @id} (a rule
 * family: the clause that records a passed check and the clause that raises the finding); the
 * catalogue presents one entry per id, taken from the clause that raises findings when there is one.
 */
public final class RuleCatalogue {
    /** Metadata every rule must carry, in the order problems are reported. */
    public static final List<String> REQUIRED = List.of("id", "severity", "category", "message", "authority", "since");

    private final List<RuleInfo> clauses;
    private final Map<String, RuleInfo> byId = new TreeMap<>();

    public RuleCatalogue(List<RuleInfo> clauses) {
        List<RuleInfo> sorted = new ArrayList<>(clauses);
        sorted.sort(Comparator.comparing(RuleInfo::pack).thenComparing(RuleInfo::name));
        this.clauses = List.copyOf(sorted);
        for (RuleInfo r : sorted) {
            if (r.id() == null) continue;
            RuleInfo prev = byId.get(r.id());
            if (prev == null || (prev.message() == null && r.message() != null)
                    || (prev.description() == null && r.description() != null)) byId.put(r.id(), r);
        }
    }

    public List<RuleInfo> clauses() { return clauses; }
    public List<RuleInfo> rules() { return List.copyOf(byId.values()); }
    public Optional<RuleInfo> find(String id) { return Optional.ofNullable(byId.get(id)); }

    /** The clauses (DRL rules) that share one {@code @id}. */
    public List<RuleInfo> clausesOf(String id) {
        return clauses.stream().filter(c -> id.equals(c.id())).toList();
    }

    public Map<String, List<RuleInfo>> byPack() {
        Map<String, List<RuleInfo>> m = new TreeMap<>();
        for (RuleInfo r : rules()) m.computeIfAbsent(r.pack(), k -> new ArrayList<>()).add(r);
        return m;
    }

    /**
     * What is wrong with the catalogue, one line each: a clause without required metadata, a
     * severity that is not error, warning or note, and clauses sharing an id whose pack, severity,
     * category, message, authority or since disagree. Empty when the catalogue is sound.
     */
    public List<String> problems() {
        return problems(clauses);
    }

    /** The problems of the given clauses only (for example the rules of one user pack). */
    public static List<String> problems(List<RuleInfo> clauses) {
        List<String> out = new ArrayList<>();
        Map<String, List<RuleInfo>> families = new LinkedHashMap<>();
        for (RuleInfo r : clauses) {
            Map<String, String> meta = meta(r);
            List<String> missing = REQUIRED.stream().filter(k -> blank(meta.get(k))).toList();
            if (!missing.isEmpty()) out.add(r.where() + " has no " + String.join(", ", missing.stream().map(k -> "@" + k).toList()));
            if (!blank(r.severity()) && Severity.parse(r.severity()).isEmpty()) {
                out.add(r.where() + ": @severity(\"" + r.severity() + "\") is not error, warning or note");
            }
            if (!blank(r.id())) families.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<RuleInfo>> e : families.entrySet()) {
            List<RuleInfo> fam = e.getValue();
            for (Map.Entry<String, Function<RuleInfo, String>> field : SHARED.entrySet()) {
                List<String> values = fam.stream().map(field.getValue()).filter(Objects::nonNull).distinct().toList();
                if (values.size() > 1) {
                    out.add("@id(\"" + e.getKey() + "\") is shared by rules with different " + field.getKey() + ": "
                            + String.join(" / ", fam.stream().map(r -> r.where() + " = " + field.getValue().apply(r)).toList()));
                }
            }
        }
        return out;
    }

    private static final Map<String, Function<RuleInfo, String>> SHARED = new LinkedHashMap<>();
    static {
        SHARED.put("pack", RuleInfo::pack);
        SHARED.put("@severity", RuleInfo::severity);
        SHARED.put("@category", RuleInfo::category);
        SHARED.put("@message", RuleInfo::message);
        SHARED.put("@authority", RuleInfo::authority);
        SHARED.put("@since", RuleInfo::since);
    }

    private static Map<String, String> meta(RuleInfo r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("severity", r.severity());
        m.put("category", r.category());
        m.put("message", r.message());
        m.put("authority", r.authority());
        m.put("since", r.since());
        return m;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package io.tickmark.facts;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Which groups and condition families the counted indicators of a document come from. */
public final class IndicatorGroups {
    private static final Set<String> CORE = Set.of("profitability", "solvency", "liquidity");

    private final String document;
    private final Set<String> coreGroups;
    private final Set<String> families;

    public IndicatorGroups(String document, Set<String> coreGroups, Set<String> families) {
        this.document = document;
        this.coreGroups = new TreeSet<>(coreGroups);
        this.families = new TreeSet<>(families);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static IndicatorGroups of(String document, List indicators) {
        Set<String> groups = new TreeSet<>();
        Set<String> families = new TreeSet<>();
        for (GoingConcernIndicator i : (List<GoingConcernIndicator>) indicators) {
            if (!i.isCounted()) continue;
            if (CORE.contains(i.getGroup())) groups.add(i.getGroup());
            families.add(i.getFamily());
        }
        return new IndicatorGroups(document, groups, families);
    }

    public String getDocument() { return document; }
    public Set<String> getCoreGroups() { return coreGroups; }
    public Set<String> getFamilies() { return families; }
    public int getCoreGroupCount() { return coreGroups.size(); }
    public int getFamilyCount() { return families.size(); }

    @Override public String toString() { return "IndicatorGroups" + coreGroups + families; }
}

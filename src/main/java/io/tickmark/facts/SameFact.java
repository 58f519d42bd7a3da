package io.tickmark.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one document that state the same fact (same concept, entity scope, period and
 * measurement), with the representative the others are compared with: the first figure in a primary
 * statement, else in a note (lowest {@link Figure#getAnchorRank()}, then lowest id; ADR 0005). A
 * grouping, like a relation: it says which figures belong together; DRV-004 pairs them and the
 * consistency pack decides whether they agree.
 *
 * <p>Grouping in Java makes the pairing linear in the number of figures; in DRL the representative
 * was found with a {@code not} over every other statement of the fact, which no index can answer.
 */
public final class SameFact {
    private final String document;
    private final Figure anchor;
    private final List<Figure> members;

    private SameFact(String document, Figure anchor, List<Figure> members) {
        this.document = document;
        this.anchor = anchor;
        this.members = members;
    }

    public String getDocument() { return document; }
    /** The representative statement of the fact. */
    public Figure getAnchor() { return anchor; }
    /** Every statement of the fact, the anchor among them, in extraction order. */
    public List<Figure> getMembers() { return members; }

    /**
     * One grouping per representative of each fact stated by {@code figures}; figures without a
     * concept or a period state no comparable fact and are left out. Two figures that both rank first
     * (same anchor rank and id) are both representatives, each with a grouping of its own.
     */
    public static List<SameFact> of(Collection<Figure> figures) {
        Map<FactKey, List<Figure>> groups = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f.getConcept() == null || f.getPeriod() == null) continue;
            FactKey key = new FactKey(f.getDocument(), f.getConcept(), f.getScope(), f.getPeriod(), f.getMeasurement());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<SameFact> out = new ArrayList<>();
        for (List<Figure> members : groups.values()) {
            if (members.size() < 2) continue; // nothing to pair with
            List<Figure> group = List.copyOf(members);
            Figure first = null;
            for (Figure f : group) if (first == null || precedes(f, first)) first = f;
            for (Figure f : group) {
                if (f.getAnchorRank() == first.getAnchorRank() && f.getId().equals(first.getId())) {
                    out.add(new SameFact(f.getDocument(), f, group));
                }
            }
        }
        return out;
    }

    /** What makes two statements one fact (a record: hashed and compared without an iterator per figure). */
    private record FactKey(String document, String concept, String scope, String period, String measurement) {}

    private static boolean precedes(Figure a, Figure b) {
        return a.getAnchorRank() < b.getAnchorRank() || a.getAnchorRank() == b.getAnchorRank() && a.getId().compareTo(b.getId()) < 0;
    }

    @Override public String toString() { return "same fact as " + anchor + " (" + members.size() + " statements)"; }
}

package io.tickmark.facts;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An arithmetic relationship to verify: {@code total = sum(weight * part)}. Relations come from
 * data (the calculation linkbase over concepts) or from a table's layout (a "Total" row, a movement
 * schedule, a "Total" column). They say which figures belong together; whether the figures agree is
 * decided by the rules.
 *
 * <ul>
 *   <li>{@code rows}: within one table, per column, the total row against part rows;</li>
 *   <li>{@code columns}: within one table, per row, the total column against part columns;</li>
 *   <li>{@code concepts}: within one table, per column, the total concept against part concepts.</li>
 * </ul>
 *
 * <p>Where the layout allows more than one reading of a total (a subtotal that may or may not be
 * among the parts, a grand total over one section or over all of them), each reading is a relation
 * of its own and all of them carry the same {@code group}; {@code alternatives} says how many
 * readings the group has. The rules pass the group when one reading foots, and fail it only when
 * the layout allows a single reading (see ADR 0004).
 */
public final class Relation {
    private final String id;
    private final String kind;
    private final String document;
    private final String table;
    private final String total;
    private final List<Operand> parts;
    private final String origin;
    private final String description;
    private final String group;
    private final int alternatives;
    /** The parts' keys, made once: the binding rules ask for them for every column (or row) they bind. */
    private final List<String> partKeys;

    public Relation(String id, String kind, String document, String table, String total, List<Operand> parts,
                    String origin, String description) {
        this(id, kind, document, table, total, parts, origin, description, id, 1);
    }

    /**
     * @param group        readings of the same total share one group (a relation alone is its own group)
     * @param alternatives how many readings the group holds (1: the layout allows only this one)
     */
    public Relation(String id, String kind, String document, String table, String total, List<Operand> parts,
                    String origin, String description, String group, int alternatives) {
        this.id = id;
        this.kind = kind;
        this.document = document;
        this.table = table;
        this.total = total;
        this.parts = List.copyOf(parts);
        this.origin = origin;
        this.description = description;
        this.group = group == null ? id : group;
        this.alternatives = Math.max(1, alternatives);
        // unmodifiable, and null-tolerant: a concept relation's keys are tested against figures without a concept
        this.partKeys = Collections.unmodifiableList(this.parts.stream().map(Operand::getKey).collect(Collectors.toList()));
    }

    public String getId() { return id; }
    public String getKind() { return kind; }
    public String getDocument() { return document; }
    public String getTable() { return table; }
    public String getTotal() { return total; }
    public List<Operand> getParts() { return parts; }
    public String getOrigin() { return origin; }
    public String getDescription() { return description; }
    public String getGroup() { return group; }
    public int getAlternatives() { return alternatives; }
    /** Whether the layout allows other readings of this total besides this one. */
    public boolean isAmbiguous() { return alternatives > 1; }

    /** The part keys, for membership tests in rules. */
    public List<String> getPartKeys() { return partKeys; }

    public int weightOf(String key) {
        for (Operand o : parts) if (o.getKey().equals(key)) return o.getWeight();
        return 0;
    }

    @Override public String toString() { return id + ": " + total + " = " + parts; }
}

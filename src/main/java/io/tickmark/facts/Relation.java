package io.tickmark.facts;

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

    public Relation(String id, String kind, String document, String table, String total, List<Operand> parts,
                    String origin, String description) {
        this.id = id;
        this.kind = kind;
        this.document = document;
        this.table = table;
        this.total = total;
        this.parts = List.copyOf(parts);
        this.origin = origin;
        this.description = description;
    }

    public String getId() { return id; }
    public String getKind() { return kind; }
    public String getDocument() { return document; }
    public String getTable() { return table; }
    public String getTotal() { return total; }
    public List<Operand> getParts() { return parts; }
    public String getOrigin() { return origin; }
    public String getDescription() { return description; }

    /** The part keys, for membership tests in rules. */
    public List<String> getPartKeys() { return parts.stream().map(Operand::getKey).collect(Collectors.toList()); }

    public int weightOf(String key) {
        for (Operand o : parts) if (o.getKey().equals(key)) return o.getWeight();
        return 0;
    }

    @Override public String toString() { return id + ": " + total + " = " + parts; }
}

package io.tickmark.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickmark.facts.Operand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The arithmetic between concepts ({@code concepts/linkbase.json}), like an XBRL calculation
 * linkbase: subtotals, the balance-sheet equation, the profit chain, the cash-flow reconciliation.
 */
public final class Linkbase {
    public record Arc(String concept, int weight, boolean optional) {}
    public record Calculation(String id, String statement, String framework, String total, List<Arc> parts, String description) {}

    private final List<Calculation> calculations;

    private Linkbase(List<Calculation> calculations) {
        this.calculations = List.copyOf(calculations);
    }

    public static Linkbase load() {
        try (InputStream in = Linkbase.class.getResourceAsStream("/concepts/linkbase.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Calculation> list = new ArrayList<>();
            for (JsonNode r : root.get("relations")) {
                List<Arc> parts = new ArrayList<>();
                for (JsonNode p : r.get("parts")) parts.add(new Arc(p.get("concept").asText(), p.get("weight").asInt(), p.path("optional").asBoolean(false)));
                list.add(new Calculation(r.get("id").asText(), r.get("statement").asText(),
                        r.has("framework") ? r.get("framework").asText() : "*", r.get("total").asText(), parts,
                        r.get("description").asText()));
            }
            return new Linkbase(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Calculation> calculations() { return calculations; }

    /** Calculations that apply to a document of the given framework. */
    public List<Calculation> forFramework(String framework) {
        return calculations.stream().filter(c -> c.framework().equals("*") || c.framework().equals(framework)).toList();
    }

    /** Concepts that some calculation totals: layout inference leaves their rows to the linkbase. */
    public Set<String> totals(String framework) {
        Set<String> s = new HashSet<>();
        for (Calculation c : forFramework(framework)) s.add(c.total());
        return s;
    }

    /** The linkbase's relations as facts for one document. */
    public List<io.tickmark.facts.Relation> relationsFor(String document, String framework) {
        return forFramework(framework).stream().map(c -> new io.tickmark.facts.Relation("linkbase:" + c.id(), "concepts",
                document, null, c.total(), operands(c), "linkbase " + c.id(), c.description())).toList();
    }

    public static List<Operand> operands(Calculation c) {
        return c.parts().stream().map(a -> new Operand(a.concept(), a.weight(), !a.optional())).toList();
    }
}

package io.tickmark.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The concept ids a rule can match ({@code Figure( concept == "TotalAssets" )}), read from the
 * concept dictionary ({@code concepts/concepts.json}) for people: the statement each belongs to,
 * the frameworks that word it, and a few of its labels. {@code tickmark concepts} lists them.
 */
public final class ConceptCatalogue {
    /** One concept: its id, statement, frameworks ("*" for any) and labels in dictionary order. */
    public record Concept(String id, String statement, List<String> frameworks, List<String> labels) {}

    private ConceptCatalogue() {}

    /** Every concept id once, by statement then id; a concept worded per framework lists each framework. */
    public static List<Concept> all() {
        Map<String, Concept> byId = new TreeMap<>();
        try (InputStream in = ConceptCatalogue.class.getResourceAsStream("/concepts/concepts.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            for (JsonNode c : root.get("concepts")) {
                String id = c.get("id").asText();
                String fw = c.has("framework") ? c.get("framework").asText() : "*";
                List<String> labels = new ArrayList<>();
                for (JsonNode l : c.path("labels")) labels.add(l.asText());
                Concept seen = byId.get(id);
                if (seen == null) {
                    byId.put(id, new Concept(id, c.path("statement").asText(), new ArrayList<>(List.of(fw)), labels));
                } else {
                    if (!seen.frameworks().contains(fw)) seen.frameworks().add(fw);
                    seen.labels().addAll(labels);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Concept> out = new ArrayList<>(byId.values());
        out.sort(java.util.Comparator.comparing(Concept::statement).thenComparing(Concept::id));
        return out;
    }
}

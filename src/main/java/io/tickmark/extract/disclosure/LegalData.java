package io.tickmark.extract.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickmark.facts.LegalParameter;
import io.tickmark.facts.RequiredElement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The legal parameters and required disclosure elements of {@code resources/legal/prc-hk.json},
 * as facts for the rule session. The law lives in that file, with its instrument, article and
 * edition; the rules only refer to keys.
 */
public final class LegalData {
    private static final String RESOURCE = "/legal/prc-hk.json";
    private static volatile List<Object> cached;

    private LegalData() {}

    /** Every legal parameter and required element, ready to insert. */
    public static List<Object> facts() {
        List<Object> c = cached;
        if (c == null) cached = c = load();
        return c;
    }

    private static List<Object> load() {
        try (InputStream in = LegalData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " missing from the build");
            JsonNode root = new ObjectMapper().readTree(in);
            List<Object> out = new ArrayList<>();
            for (JsonNode p : root.get("parameters")) {
                out.add(new LegalParameter(p.get("key").asText(), p.get("value").decimalValue(), p.path("unit").asText(),
                        p.get("instrument").asText(), p.get("article").asText(), p.get("edition").asText()));
            }
            for (JsonNode e : root.get("elements")) {
                out.add(new RequiredElement(e.get("scope").asText(), e.get("incident").asText(), e.get("element").asText(),
                        e.get("description").asText(), e.get("authority").asText()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

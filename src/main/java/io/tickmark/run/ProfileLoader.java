package io.tickmark.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickmark.facts.Profile;
import io.tickmark.source.UnreadableInputException;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads {@code profiles/default.json} and overlays a user's profile file. A profile is
 * {@code {"thresholds": {"key": {"value": 0.7, "doc": "why"}}}}; a user file may give plain numbers.
 */
public final class ProfileLoader {
    private ProfileLoader() {}

    public static Profile load(Path userFile, LocalDate asOf) throws UnreadableInputException {
        Map<String, BigDecimal> values = new HashMap<>();
        Map<String, String> docs = new HashMap<>();
        try (InputStream in = ProfileLoader.class.getResourceAsStream("/profiles/default.json")) {
            read(new ObjectMapper().readTree(in), values, docs, "built-in profile");
        } catch (IOException e) {
            throw new IllegalStateException("built-in profile unreadable", e);
        }
        if (userFile != null) {
            try {
                JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(userFile));
                Map<String, BigDecimal> user = new HashMap<>();
                read(root, user, docs, userFile.toString());
                for (String k : user.keySet()) {
                    if (!values.containsKey(k)) throw new UnreadableInputException(userFile + ": unknown threshold " + k);
                }
                values.putAll(user);
            } catch (IOException e) {
                throw new UnreadableInputException(userFile + ": profile cannot be read (" + e.getMessage() + ")");
            }
        }
        return new Profile(values, docs, asOf);
    }

    private static void read(JsonNode root, Map<String, BigDecimal> values, Map<String, String> docs, String where)
            throws UnreadableInputException {
        JsonNode t = root == null ? null : root.get("thresholds");
        if (t == null || !t.isObject()) throw new UnreadableInputException(where + ": no \"thresholds\" object");
        for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            JsonNode num = v.isObject() ? v.get("value") : v;
            if (num == null || !num.isNumber()) throw new UnreadableInputException(where + ": threshold " + e.getKey() + " is not a number");
            values.put(e.getKey(), num.decimalValue());
            if (v.isObject() && v.has("doc")) docs.put(e.getKey(), v.get("doc").asText());
        }
    }
}

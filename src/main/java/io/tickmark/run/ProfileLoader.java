package io.tickmark.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
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

    /** Any threshold lies in 0..MAX with at most FRACTION_DIGITS decimals; a built-in entry may narrow it. */
    static final BigDecimal MAX = BigDecimal.valueOf(1_000_000);
    static final int FRACTION_DIGITS = 6;
    private static final int MAX_FILE_BYTES = 1 << 20;
    /** Numbers read exactly, so that 1e400 is refused by the range check, not turned into infinity. */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The range of one threshold: {@code whole} for counts and months; {@code max} from the built-in profile. */
    private record Range(boolean whole, BigDecimal max) {}

    public static Profile load(Path userFile, LocalDate asOf) throws UnreadableInputException {
        Map<String, BigDecimal> values = new HashMap<>();
        Map<String, String> docs = new HashMap<>();
        Map<String, Range> ranges = new HashMap<>();
        try (InputStream in = ProfileLoader.class.getResourceAsStream("/profiles/default.json")) {
            JsonNode root = MAPPER.readTree(in);
            read(root, values, docs, "built-in profile");
            for (Iterator<Map.Entry<String, JsonNode>> it = root.get("thresholds").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                ranges.put(e.getKey(), new Range(v.path("whole").asBoolean(false),
                        v.has("max") ? v.get("max").decimalValue() : MAX));
            }
        } catch (IOException e) {
            throw new IllegalStateException("built-in profile unreadable", e);
        }
        if (userFile != null) {
            try {
                byte[] bytes;
                try (InputStream in = Files.newInputStream(userFile)) {
                    bytes = in.readNBytes(MAX_FILE_BYTES + 1);
                }
                if (bytes.length > MAX_FILE_BYTES) throw new UnreadableInputException(userFile + ": a profile larger than 1 MiB");
                JsonNode root = MAPPER.readTree(bytes);
                Map<String, BigDecimal> user = new HashMap<>();
                read(root, user, docs, userFile.toString());
                for (String k : new java.util.TreeSet<>(user.keySet())) {
                    if (!values.containsKey(k)) throw new UnreadableInputException(userFile + ": unknown threshold " + k);
                    check(userFile, k, user.get(k), ranges.get(k));
                }
                values.putAll(user);
            } catch (NumberFormatException e) {
                throw new UnreadableInputException(userFile + ": profile holds a number beyond any representable range");
            } catch (java.nio.file.NoSuchFileException e) {
                throw new UnreadableInputException(userFile + ": no such profile file");
            } catch (IOException e) {
                throw new UnreadableInputException(userFile + ": profile cannot be read (" + oneLine(e.getMessage()) + ")");
            }
        }
        return new Profile(values, docs, asOf);
    }

    private static void check(Path file, String key, BigDecimal v, Range r) throws UnreadableInputException {
        String shown = v.abs().compareTo(MAX.multiply(MAX)) > 0 || v.scale() > 20 ? v.toString() : v.toPlainString();
        if (v.signum() < 0 || v.compareTo(r.max()) > 0) {
            throw new UnreadableInputException(file + ": threshold " + key + " is " + shown + ", outside 0.." + r.max().toPlainString());
        }
        if (r.whole() && v.stripTrailingZeros().scale() > 0) {
            throw new UnreadableInputException(file + ": threshold " + key + " must be a whole number, not " + shown);
        }
        if (v.stripTrailingZeros().scale() > FRACTION_DIGITS) {
            throw new UnreadableInputException(file + ": threshold " + key + " has more than " + FRACTION_DIGITS + " decimal places");
        }
    }

    private static String oneLine(String m) {
        if (m == null) return "malformed";
        String first = m.split("\\R", 2)[0].trim();
        int at = first.indexOf(" at [Source");
        return at > 0 ? first.substring(0, at) : first;
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

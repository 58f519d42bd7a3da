package io.tickmark.rules.cases;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickmark.rules.Severity;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads rule cases files ({@code <pack>/<RULE-ID>.cases.json}). The format is strict: an unknown
 * key is an error, so a misspelt {@code mustnot} cannot silently weaken a case.
 *
 * <pre>{@code
 * {
 *   "rule": "CON-001",
 *   "description": "optional: what the cases cover",
 *   "cases": [{
 *     "name": "thousands: within (n+1)/2 units passes",
 *     "reason": "why the rule must (not) fire here",
 *     "facts": { "document": {...}, "tables": [...], "lineItems": [...], "relations": [...],
 *                "extractionIssues": [...], "objects": [{"type": "Figure", "args": [...]}] },
 *     "packs": ["consistency"], "profile": {"gearing.max": 0.8}, "asOf": "2023-06-30",
 *     "must":    [{"ruleId": "CON-001", "severity": "error", "count": 1, "messageContains": "…"}],
 *     "mustNot": ["CON-002"],
 *     "checks":  [{"ruleId": "CON-001", "outcome": "passed", "count": 1}],
 *     "derived": [{"ruleId": "DRV-001", "type": "Footing", "count": 1}],
 *     "todo": "optional: a known miss, why"
 *   }]
 * }
 * }</pre>
 */
public final class CaseFiles {
    public static final String SUFFIX = ".cases.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.ALLOW_COMMENTS);
    private static final Set<String> FILE_KEYS = Set.of("rule", "description", "cases");
    private static final Set<String> CASE_KEYS = Set.of("name", "reason", "todo", "packs", "profile", "asOf", "facts",
            "must", "mustNot", "checks", "derived");
    private static final Set<String> MUST_KEYS = Set.of("ruleId", "severity", "count", "messageContains", "subjectContains");
    private static final Set<String> CHECK_KEYS = Set.of("ruleId", "outcome", "count");
    private static final Set<String> DERIVED_KEYS = Set.of("ruleId", "type", "count");

    private CaseFiles() {}

    /** Every cases file under {@code dir}, sorted by path. */
    public static List<Path> find(Path dir) throws IOException {
        if (Files.isRegularFile(dir)) return List.of(dir);
        if (!Files.isDirectory(dir)) throw new CaseFormatException(dir + ": no such directory");
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p)).sorted().toList();
        }
    }

    public static RuleCases read(Path file) throws CaseFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new CaseFormatException(file + ": not readable JSON (" + firstLine(e.getMessage()) + ")");
        }
        String where = file.toString();
        if (root == null || !root.isObject()) throw new CaseFormatException(where + ": expected a JSON object");
        keys(root, FILE_KEYS, where);
        String rule = requireText(root, "rule", where);
        String expected = file.getFileName().toString();
        if (!expected.equals(rule + SUFFIX)) {
            throw new CaseFormatException(where + ": a cases file is named after its rule: " + rule + SUFFIX);
        }
        JsonNode cases = root.get("cases");
        if (cases == null || !cases.isArray() || cases.isEmpty()) throw new CaseFormatException(where + ": \"cases\" must be a non-empty array");
        List<RuleCase> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < cases.size(); i++) {
            RuleCase c = readCase(cases.get(i), where + ": case " + (i + 1));
            if (!names.add(c.name())) throw new CaseFormatException(where + ": two cases are named \"" + c.name() + "\"");
            out.add(c);
        }
        return new RuleCases(file, rule, text(root, "description"), List.copyOf(out));
    }

    private static RuleCase readCase(JsonNode c, String where) throws CaseFormatException {
        if (!c.isObject()) throw new CaseFormatException(where + ": expected an object");
        keys(c, CASE_KEYS, where);
        String name = requireText(c, "name", where);
        where = where + " \"" + name + "\"";
        String reason = requireText(c, "reason", where);
        JsonNode facts = c.get("facts");
        if (facts == null || !facts.isObject()) throw new CaseFormatException(where + ": \"facts\" must be an object");
        Set<String> packs = new LinkedHashSet<>(strings(c, "packs", where));
        Map<String, BigDecimal> profile = new LinkedHashMap<>();
        JsonNode p = c.get("profile");
        if (p != null) {
            if (!p.isObject()) throw new CaseFormatException(where + ": \"profile\" must map threshold keys to numbers");
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNumber()) throw new CaseFormatException(where + ": profile " + e.getKey() + " is not a number");
                profile.put(e.getKey(), e.getValue().decimalValue());
            }
        }
        LocalDate asOf = null;
        if (text(c, "asOf") != null) {
            try {
                asOf = LocalDate.parse(text(c, "asOf"));
            } catch (DateTimeParseException e) {
                throw new CaseFormatException(where + ": asOf must be YYYY-MM-DD");
            }
        }
        List<RuleCase.ExpectedFinding> must = new ArrayList<>();
        for (JsonNode m : array(c, "must", where)) {
            keys(m, MUST_KEYS, where + " must");
            String sev = requireText(m, "severity", where + " must");
            if (Severity.parse(sev).isEmpty()) throw new CaseFormatException(where + ": severity " + sev + " is not error, warning or note");
            must.add(new RuleCase.ExpectedFinding(requireText(m, "ruleId", where + " must"), sev, count(m, where),
                    text(m, "messageContains"), text(m, "subjectContains")));
        }
        List<String> mustNot = strings(c, "mustNot", where);
        List<RuleCase.ExpectedCheck> checks = new ArrayList<>();
        for (JsonNode m : array(c, "checks", where)) {
            keys(m, CHECK_KEYS, where + " checks");
            checks.add(new RuleCase.ExpectedCheck(requireText(m, "ruleId", where + " checks"),
                    requireText(m, "outcome", where + " checks"), count(m, where)));
        }
        List<RuleCase.ExpectedDerived> derived = new ArrayList<>();
        for (JsonNode m : array(c, "derived", where)) {
            keys(m, DERIVED_KEYS, where + " derived");
            Integer n = count(m, where);
            if (n == null) throw new CaseFormatException(where + ": a derived expectation needs a count");
            derived.add(new RuleCase.ExpectedDerived(requireText(m, "ruleId", where + " derived"),
                    requireText(m, "type", where + " derived"), n));
        }
        if (must.isEmpty() && mustNot.isEmpty() && checks.isEmpty() && derived.isEmpty()) {
            throw new CaseFormatException(where + ": expects nothing (give must, mustNot, checks or derived)");
        }
        return new RuleCase(name, reason, text(c, "todo"), packs, profile, asOf, facts, List.copyOf(must),
                List.copyOf(mustNot), List.copyOf(checks), List.copyOf(derived));
    }

    private static Integer count(JsonNode m, String where) throws CaseFormatException {
        JsonNode n = m.get("count");
        if (n == null) return null;
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 0) throw new CaseFormatException(where + ": count must be a whole number");
        return n.asInt();
    }

    private static List<JsonNode> array(JsonNode n, String key, String where) throws CaseFormatException {
        JsonNode a = n.get(key);
        if (a == null) return List.of();
        if (!a.isArray()) throw new CaseFormatException(where + ": \"" + key + "\" must be an array");
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode x : a) {
            if (!x.isObject()) throw new CaseFormatException(where + ": entries of \"" + key + "\" must be objects");
            out.add(x);
        }
        return out;
    }

    private static List<String> strings(JsonNode n, String key, String where) throws CaseFormatException {
        JsonNode a = n.get(key);
        if (a == null) return List.of();
        if (!a.isArray()) throw new CaseFormatException(where + ": \"" + key + "\" must be an array of strings");
        List<String> out = new ArrayList<>();
        for (JsonNode x : a) {
            if (!x.isTextual()) throw new CaseFormatException(where + ": \"" + key + "\" must be an array of strings");
            out.add(x.asText());
        }
        return List.copyOf(out);
    }

    private static void keys(JsonNode n, Set<String> allowed, String where) throws CaseFormatException {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) throw new CaseFormatException(where + ": unknown key \"" + k + "\" (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
        }
    }

    private static String requireText(JsonNode n, String key, String where) throws CaseFormatException {
        String v = text(n, key);
        if (v == null || v.isBlank()) throw new CaseFormatException(where + ": \"" + key + "\" is required");
        return v;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

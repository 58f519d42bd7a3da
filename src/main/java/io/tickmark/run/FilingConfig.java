package io.tickmark.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickmark.facts.Finding;
import io.tickmark.facts.Profile;
import io.tickmark.report.DocumentReport;
import io.tickmark.report.Suppression;
import io.tickmark.rules.RuleCatalogue;
import io.tickmark.rules.Severity;
import io.tickmark.source.UnreadableInputException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A filing's config, kept in its repository ({@code tickmark.json} beside the filing, or given with
 * {@code --config}): rules switched off, severities changed, profile values, and waivers, each a
 * reviewed exception for one finding (its fingerprint) with the reason and who accepted it.
 * <pre>
 * {"rules": {"CON-002": "off", "EXT-001": "note"},
 *  "profile": {"disclosure.licence.expiryWindowMonths": 6},
 *  "waivers": [{"rule": "CON-001", "fingerprint": "1a2b…", "reason": "restated in note 2", "by": "J. Doe"}]}
 * </pre>
 */
public record FilingConfig(Path file, Set<String> disabled, Map<String, Severity> severities,
                           Map<String, BigDecimal> profile, List<Waiver> waivers) {
    /** The name looked for beside a filing. */
    public static final String FILE_NAME = "tickmark.json";
    public static final FilingConfig NONE = new FilingConfig(null, Set.of(), Map.of(), Map.of(), List.of());

    /** One accepted finding: by fingerprint (and rule id, when given), with the reason and who accepted it. */
    public record Waiver(String ruleId, String fingerprint, String reason, String by) {}

    public FilingConfig {
        disabled = Set.copyOf(disabled);
        severities = Map.copyOf(severities);
        profile = Map.copyOf(profile);
        waivers = List.copyOf(waivers);
    }

    /** The config beside a filing ({@value #FILE_NAME} in its folder), if there is one. */
    public static Optional<Path> beside(Path filing) {
        Path dir = filing.toAbsolutePath().getParent();
        Path f = dir == null ? null : dir.resolve(FILE_NAME);
        return f != null && Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    }

    public static FilingConfig read(Path file) throws UnreadableInputException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UnreadableInputException(file + ": config cannot be read (" + firstLine(e.getMessage()) + ")");
        }
        if (root == null || !root.isObject()) throw new UnreadableInputException(file + ": config is not a JSON object");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!Set.of("rules", "profile", "waivers", "$schema", "comment").contains(k)) {
                throw new UnreadableInputException(file + ": unknown config key \"" + k + "\" (rules, profile, waivers)");
            }
        }
        Set<String> off = new TreeSet<>();
        Map<String, Severity> sev = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("rules").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String v = e.getValue().asText("").trim().toLowerCase(java.util.Locale.ROOT);
            if (v.equals("off")) off.add(e.getKey());
            else if (!v.equals("on")) sev.put(e.getKey(), Severity.parse(v).orElseThrow(() -> new UnreadableInputException(
                    file + ": rule " + e.getKey() + " must be \"off\", \"on\", \"error\", \"warning\" or \"note\", not \"" + e.getValue().asText() + "\"")));
        }
        Map<String, BigDecimal> prof = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("profile").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) throw new UnreadableInputException(file + ": profile value " + e.getKey() + " is not a number");
            prof.put(e.getKey(), e.getValue().decimalValue());
        }
        return new FilingConfig(file, off, sev, prof, waivers(file, root.path("waivers")));
    }

    private static List<Waiver> waivers(Path file, JsonNode list) throws UnreadableInputException {
        List<Waiver> out = new ArrayList<>();
        for (JsonNode w : list) {
            String fp = w.path("fingerprint").asText("").trim();
            String reason = w.path("reason").asText("").trim();
            String by = w.path("by").asText("").trim();
            if (fp.isEmpty() || reason.isEmpty() || by.isEmpty()) {
                throw new UnreadableInputException(file + ": waiver " + (out.size() + 1)
                        + " needs a \"fingerprint\", a \"reason\" and \"by\" (who accepted it)");
            }
            String rule = w.path("rule").asText("").trim();
            out.add(new Waiver(rule.isEmpty() ? null : rule, fp, reason, by));
        }
        return out;
    }

    /** Rule ids this config names that no rule has: a typo would otherwise switch nothing off. */
    public List<String> problems(RuleCatalogue catalogue) {
        List<String> out = new ArrayList<>();
        Set<String> named = new TreeSet<>(disabled);
        named.addAll(severities.keySet());
        for (Waiver w : waivers) if (w.ruleId() != null) named.add(w.ruleId());
        for (String id : named) if (catalogue.find(id).isEmpty()) out.add(file + ": no rule " + id);
        return out;
    }

    /** The run's profile with this config's values over it (an unknown key is an error). */
    public Profile profile(Profile base) throws UnreadableInputException {
        if (profile.isEmpty() || base == null) return base;
        Map<String, BigDecimal> values = new TreeMap<>(base.getThresholds());
        for (Map.Entry<String, BigDecimal> e : profile.entrySet()) {
            if (!values.containsKey(e.getKey())) throw new UnreadableInputException(file + ": unknown profile value " + e.getKey());
            values.put(e.getKey(), e.getValue());
        }
        return new Profile(values, base.getDocumentation(), base.getAsOf());
    }

    /** The document's findings with this config's severities. */
    public DocumentReport withSeverities(DocumentReport d) {
        if (severities.isEmpty()) return d;
        List<Finding> findings = d.findings().stream().map(this::withSeverity).toList();
        return new DocumentReport(d.extraction(), d.checks(), findings);
    }

    private Finding withSeverity(Finding f) {
        Severity s = severities.get(f.getRuleId());
        if (s == null) return f;
        return new Finding(f.getRuleId(), s.label(), f.getCategory(), f.getMessage(), f.getDocument(), f.getSubject(),
                f.getEvidence(), f.getSources(), f.getDetails());
    }

    /** The waivers as suppressions keyed as {@link io.tickmark.report.Baseline#withWaivers} looks them up. */
    public Map<String, Suppression> suppressions() {
        Map<String, Suppression> m = new LinkedHashMap<>();
        for (Waiver w : waivers) {
            m.put(w.ruleId() == null ? w.fingerprint() : w.ruleId() + "|" + w.fingerprint(),
                    new Suppression(Suppression.Kind.WAIVER, w.reason(), w.by()));
        }
        return m;
    }

    /** The config of each filing: the one given with --config, else the filing's own; each read and checked once. */
    public static final class Resolver {
        private final Path given;
        private final RuleCatalogue catalogue;
        private final Map<Path, FilingConfig> read = new java.util.HashMap<>();

        public Resolver(Path given, RuleCatalogue catalogue) {
            this.given = given;
            this.catalogue = catalogue;
        }

        public FilingConfig forFiling(Path filing) throws UnreadableInputException {
            Optional<Path> file = given != null ? Optional.of(given) : beside(filing);
            if (file.isEmpty()) return NONE;
            Path key = file.get().toAbsolutePath().normalize();
            FilingConfig c = read.get(key);
            if (c == null) {
                c = FilingConfig.read(file.get());
                List<String> problems = c.problems(catalogue);
                if (!problems.isEmpty()) throw new UnreadableInputException(String.join("; ", problems));
                read.put(key, c);
            }
            return c;
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

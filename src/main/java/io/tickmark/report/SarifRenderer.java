package io.tickmark.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.facts.SourceRef;
import io.tickmark.rules.RuleInfo;
import io.tickmark.rules.Severity;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 for code-scanning tools: one result per finding, rule descriptors from the catalogue,
 * the level from the severity, the first location at the source line (text) or page (PDF), and a
 * partial fingerprint from rule and subject so an alert survives a redraft that moves it.
 */
public final class SarifRenderer implements Renderer {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** The key of the partial fingerprint; the version part changes only if the fingerprint's recipe does. */
    public static final String FINGERPRINT_KEY = "tickmarkSubject/v1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The one mapping from severity to SARIF level; exhaustive, so a new severity must be decided here. */
    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "tickmark");
        driver.put("version", report.toolVersion());
        driver.put("semanticVersion", report.toolVersion());
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (RuleInfo r : report.catalogue().rules()) {
            ruleIndex.put(r.id(), rules.size());
            rules.add(descriptor(r));
        }

        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", report.inputErrors().isEmpty());
        if (!report.inputErrors().isEmpty()) {
            ArrayNode notes = invocation.putArray("toolExecutionNotifications");
            for (Report.InputError e : report.inputErrors()) {
                ObjectNode n = notes.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", e.message());
                n.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation")
                        .put("uri", uri(e.path()));
            }
        }

        ArrayNode artifacts = run.putArray("artifacts");
        Map<String, Integer> artifactIndex = new HashMap<>();
        for (DocumentReport d : report.documents()) {
            String path = d.extraction().document().getPath();
            if (artifactIndex.containsKey(path)) continue;
            artifactIndex.put(path, artifacts.size());
            ObjectNode a = artifacts.addObject();
            a.putObject("location").put("uri", uri(path));
            a.putArray("roles").add("analysisTarget");
            ObjectNode p = a.putObject("properties");
            putIfSet(p, "kind", d.extraction().document().getKind());
            putIfSet(p, "entity", d.extraction().document().getEntity());
            putIfSet(p, "periodEnd", d.extraction().document().getPeriodEnd());
            p.put("checksRun", d.checks().size());
            p.put("checksPassed", d.passed());
            GoingConcernVerdict.of(d).ifPresent(v -> {
                p.put("goingConcern", v.verdict());
                p.put("goingConcernReason", v.reason());
            });
        }

        ArrayNode results = run.putArray("results");
        for (DocumentReport d : report.documents()) {
            String path = d.extraction().document().getPath();
            for (Finding f : d.findings()) {
                results.add(result(f, d, artifactIndex.get(path), ruleIndex.get(f.getRuleId()), report));
            }
        }
        run.put("columnKind", "utf16CodeUnits");

        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        MAPPER.writer(pp).writeValue(new NonClosingWriter(out), root);
        out.write('\n');
        out.flush();
    }

    private static ObjectNode descriptor(RuleInfo r) {
        ObjectNode d = MAPPER.createObjectNode();
        d.put("id", r.id());
        d.put("name", pascal(r.name()));
        d.putObject("shortDescription").put("text", r.description() != null ? r.description() : r.name());
        d.putObject("fullDescription").put("text", "Finding: " + nz(r.message()));
        String help = "Authority: " + nz(r.authority()) + ". Run 'tickmark rules explain " + r.id() + "' for details.";
        d.putObject("help").put("text", help);
        d.putObject("defaultConfiguration").put("level", level(Severity.of(r.severity())));
        ObjectNode p = d.putObject("properties");
        putIfSet(p, "category", r.category());
        putIfSet(p, "since", r.since());
        putIfSet(p, "pack", r.pack());
        putIfSet(p, "authority", r.authority());
        ArrayNode tags = p.putArray("tags");
        if (r.category() != null) tags.add(r.category());
        return d;
    }

    private static ObjectNode result(Finding f, DocumentReport d, Integer artifact, Integer ruleIdx, Report report) {
        String docPath = d.path();
        ObjectNode r = MAPPER.createObjectNode();
        r.put("ruleId", f.getRuleId());
        if (ruleIdx != null) r.put("ruleIndex", ruleIdx);
        r.put("level", level(Severity.of(f.getSeverity())));
        r.putObject("message").put("text", f.getMessage());

        List<Located> where = located(f);
        ArrayNode locations = r.putArray("locations");
        if (where.isEmpty()) {
            locations.add(location(null, docPath, artifact, null));
        } else {
            locations.add(location(where.get(0).source(), docPath, artifact, where.get(0).label()));
            if (where.size() > 1) {
                ArrayNode related = r.putArray("relatedLocations");
                for (int i = 1; i < where.size(); i++) {
                    ObjectNode l = location(where.get(i).source(), docPath, artifact, where.get(i).label());
                    l.put("id", i);
                    related.add(l);
                }
            }
        }
        r.putObject("partialFingerprints").put(FINGERPRINT_KEY, d.fingerprint(f));
        if (!report.baseline().isEmpty()) r.put("baselineState", report.inBaseline(f) ? "unchanged" : "new");
        ObjectNode p = r.putObject("properties");
        p.put("severity", f.getSeverity());
        putIfSet(p, "category", f.getCategory());
        putIfSet(p, "subject", f.getSubject());
        p.put("document", docPath);
        if (report.inBaseline(f)) p.put("baseline", true);
        if (!f.getEvidence().isEmpty()) {
            ArrayNode ev = p.putArray("evidence");
            for (Figure e : f.getEvidence()) {
                ObjectNode n = ev.addObject();
                putIfSet(n, "label", e.getLabel());
                putIfSet(n, "concept", e.getConcept());
                putIfSet(n, "table", e.getTable());
                putIfSet(n, "scope", e.getScope());
                putIfSet(n, "column", e.getColumnLabel());
                putIfSet(n, "period", e.getPeriod());
                n.put("value", e.getAmount().stripTrailingZeros().toPlainString());
                if (e.getSource() != null && !e.getSource().describe().isEmpty()) n.put("where", e.getSource().describe());
            }
        }
        return r;
    }

    /** A source with what it shows: the evidence figures' sources first, then the finding's own. */
    private record Located(SourceRef source, String label) {}

    private static List<Located> located(Finding f) {
        List<Located> out = new ArrayList<>();
        Set<SourceRef> seen = new LinkedHashSet<>();
        for (Figure e : f.getEvidence()) {
            if (e.getSource() == null || !seen.add(e.getSource())) continue;
            out.add(new Located(e.getSource(), e.getLabel() + (e.getColumnLabel() == null || e.getColumnLabel().isEmpty()
                    ? "" : " (" + e.getColumnLabel() + ")") + ": " + e.getValue().toPlainString()));
        }
        for (SourceRef s : f.getSources()) if (s != null && seen.add(s)) out.add(new Located(s, null));
        return out;
    }

    private static ObjectNode location(SourceRef s, String docPath, Integer artifact, String label) {
        ObjectNode loc = MAPPER.createObjectNode();
        ObjectNode phys = loc.putObject("physicalLocation");
        ObjectNode art = phys.putObject("artifactLocation");
        String file = s != null && s.getFile() != null && !s.getFile().isEmpty() ? s.getFile() : docPath;
        art.put("uri", uri(file));
        if (artifact != null && file.equals(docPath)) art.put("index", artifact);
        if (s != null && s.getLine() > 0) {
            ObjectNode region = phys.putObject("region");
            region.put("startLine", s.getLine());
            if (s.getLineEnd() > s.getLine()) {
                region.put("endLine", s.getLineEnd());
            } else if (s.getColumnEnd() > s.getColumn()) {
                region.put("startColumn", s.getColumn() + 1); // SourceRef columns are 0-based, end exclusive
                region.put("endColumn", s.getColumnEnd() + 1);
            }
        }
        if (s != null && (s.getPage() > 0 || s.getBox() != null)) {
            ObjectNode p = loc.putObject("properties");
            if (s.getPage() > 0) p.put("page", s.getPage());
            if (s.getBox() != null) p.put("box", s.getBox());
        }
        if (label != null) loc.putObject("message").put("text", label);
        return loc;
    }

    /** A relative path stays a relative URI reference; an absolute one becomes a file: URI. */
    static String uri(String path) {
        if (path == null || path.isEmpty()) return "unknown";
        String slashed = path.replace('\\', '/');
        try {
            Path p = Path.of(path);
            if (p.isAbsolute()) return p.toUri().toString();
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException | RuntimeException e) {
            return slashed.replace(" ", "%20");
        }
    }

    /** "Footing fails" becomes "FootingFails": a rule name readable in tools that show SARIF names. */
    static String pascal(String name) {
        StringBuilder s = new StringBuilder();
        for (String w : name.split("[^\\p{Alnum}]+")) {
            if (w.isEmpty()) continue;
            s.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return s.length() == 0 ? "Rule" : s.toString();
    }

    private static void putIfSet(ObjectNode n, String k, String v) {
        if (v != null && !v.isEmpty()) n.put(k, v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

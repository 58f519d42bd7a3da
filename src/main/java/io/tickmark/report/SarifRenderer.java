package io.tickmark.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickmark.extract.Pages;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Finding;
import io.tickmark.facts.SourceRef;
import io.tickmark.rules.RuleInfo;
import io.tickmark.rules.Severity;

import java.io.IOException;
import java.io.Writer;
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
    /** Where people learn about tickmark; rule help links to the rule's page under it. */
    public static final String INFORMATION_URI = "https://github.com/tickmark/tickmark";
    static final String RULE_DOCS = INFORMATION_URI + "/blob/main/docs/rules/";

    private final SarifLocations where;

    /** Artifact URIs relative to the working directory. */
    public SarifRenderer() {
        this(Path.of(""));
    }

    /** Artifact URIs relative to {@code base} (the repository root in CI), declared as {@code %SRCROOT%}. */
    public SarifRenderer(Path base) {
        this.where = new SarifLocations(base);
    }

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
        driver.put("informationUri", INFORMATION_URI);
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
                n.putArray("locations").addObject().putObject("physicalLocation").set("artifactLocation", where.artifact(e.path()));
            }
        }

        ArrayNode artifacts = run.putArray("artifacts");
        Map<String, Integer> artifactIndex = new HashMap<>();
        for (DocumentReport d : report.documents()) {
            String path = d.extraction().document().getPath();
            if (artifactIndex.containsKey(path)) continue;
            artifactIndex.put(path, artifacts.size());
            ObjectNode a = artifacts.addObject();
            a.set("location", where.artifact(path));
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
        run.set("originalUriBaseIds", where.baseIds());

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
        String page = docPage(r);
        String help = "Authority: " + nz(r.authority()) + ". Run 'tickmark rules explain " + r.id() + "' for details"
                + (page == null ? "." : ", or read " + page + " .");
        ObjectNode h = d.putObject("help");
        h.put("text", help);
        if (page != null) {
            d.put("helpUri", page);
            h.put("markdown", "**Authority:** " + nz(r.authority()) + "\n\n[" + r.id() + " in the rule documentation](" + page + ")");
        }
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

    /** The rule's page in docs/rules (built-in rules only: a user pack's rules have no page there). */
    static String docPage(RuleInfo r) {
        if (r.source() != null || r.pack() == null || r.id() == null) return null;
        return RULE_DOCS + r.pack() + ".md#" + io.tickmark.rules.RuleDocs.anchor(r.id());
    }

    private ObjectNode result(Finding f, DocumentReport d, Integer artifact, Integer ruleIdx, Report report) {
        String docPath = d.path();
        ObjectNode r = MAPPER.createObjectNode();
        r.put("ruleId", f.getRuleId());
        if (ruleIdx != null) r.put("ruleIndex", ruleIdx);
        r.put("level", level(Severity.of(f.getSeverity())));
        Pages pages = d.extraction().pages();
        List<Located> at = located(f);
        String page = at.isEmpty() ? "" : Places.pageOf(at.get(0).source(), pages);
        r.putObject("message").put("text", f.getMessage() + (page.isEmpty() ? "" : " (" + page + ")"));
        ArrayNode locations = r.putArray("locations");
        if (at.isEmpty()) {
            locations.add(location(null, docPath, artifact, null, pages));
        } else {
            locations.add(location(at.get(0).source(), docPath, artifact, at.get(0).label(), pages));
            if (at.size() > 1) {
                ArrayNode related = r.putArray("relatedLocations");
                for (int i = 1; i < at.size(); i++) {
                    ObjectNode l = location(at.get(i).source(), docPath, artifact, at.get(i).label(), pages);
                    l.put("id", i);
                    related.add(l);
                }
            }
        }
        r.putObject("partialFingerprints").put(FINGERPRINT_KEY, d.fingerprint(f));
        if (report.baseline().hasBaseline()) {
            boolean known = report.suppression(f).filter(x -> x.kind() == Suppression.Kind.BASELINE).isPresent();
            r.put("baselineState", known ? "unchanged" : "new");
        }
        report.suppression(f).ifPresent(x -> r.putArray("suppressions").add(suppression(x)));
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

    /** A baselined or waived finding: accepted outside the filing, with the reason (and who, for a waiver). */
    private static ObjectNode suppression(Suppression x) {
        ObjectNode s = MAPPER.createObjectNode();
        s.put("kind", "external");
        s.put("status", "accepted");
        s.put("justification", x.describe());
        ObjectNode p = s.putObject("properties");
        p.put("source", x.kind().label);
        putIfSet(p, "by", x.by());
        return s;
    }

    private ObjectNode location(SourceRef s, String docPath, Integer artifact, String label, Pages pages) {
        ObjectNode loc = MAPPER.createObjectNode();
        ObjectNode phys = loc.putObject("physicalLocation");
        String file = s != null && s.getFile() != null && !s.getFile().isEmpty() ? s.getFile() : docPath;
        ObjectNode art = where.artifact(file);
        if (artifact != null && file.equals(docPath)) art.put("index", artifact);
        phys.set("artifactLocation", art);
        ObjectNode region = SarifLocations.region(s, pages);
        if (region != null) phys.set("region", region);
        if (s != null && (s.getPage() > 0 || s.getBox() != null)) {
            ObjectNode p = loc.putObject("properties");
            if (s.getPage() > 0) p.put("page", s.getPage());
            if (s.getBox() != null) p.put("box", s.getBox());
        }
        String page = Places.pageOf(s, pages);
        String text = page.isEmpty() ? label : page + (label == null ? "" : ": " + label);
        if (text != null) loc.putObject("message").put("text", text);
        return loc;
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

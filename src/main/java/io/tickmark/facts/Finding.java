package io.tickmark.facts;

import java.util.List;
import java.util.Map;

/**
 * What needs a person: a failed check, a missing disclosure, an indicator. Severity, category and
 * message come from the metadata of the rule that raised it; the message template is filled from
 * {@code args}.
 */
public final class Finding {
    private final String ruleId;
    private final String severity;
    private final String category;
    private final String message;
    private final String document;
    private final String subject;
    private final List<Figure> evidence;
    private final List<SourceRef> sources;
    private final List<String> details;

    public Finding(String ruleId, String severity, String category, String message, String document, String subject,
                   List<Figure> evidence, List<SourceRef> sources) {
        this(ruleId, severity, category, message, document, subject, evidence, sources, List.of());
    }

    /** A finding with evidence lines beyond figures: quoted text, recomputations, grouped indicators. */
    public Finding(String ruleId, String severity, String category, String message, String document, String subject,
                   List<Figure> evidence, List<SourceRef> sources, List<String> details) {
        this.ruleId = ruleId;
        this.severity = severity;
        this.category = category;
        this.message = message;
        this.document = document;
        this.subject = subject;
        this.evidence = List.copyOf(evidence);
        this.sources = List.copyOf(sources);
        this.details = List.copyOf(details);
    }

    /** A finding raised by the rule whose metadata is {@code meta}, with the message template filled. */
    public static Finding raise(Map<String, Object> meta, String document, String subject, Map<String, Object> args,
                                List<Figure> evidence, List<SourceRef> sources) {
        return new Finding(str(meta, "id"), str(meta, "severity"), str(meta, "category"),
                MessageTemplate.fill(str(meta, "message"), args), document, subject, evidence, sources);
    }

    /** As {@link #raise(Map, String, String, Map, List, List)}, with evidence lines the report prints in order. */
    public static Finding raise(Map<String, Object> meta, String document, String subject, Map<String, Object> args,
                                List<Figure> evidence, List<SourceRef> sources, List<String> details) {
        return new Finding(str(meta, "id"), str(meta, "severity"), str(meta, "category"),
                MessageTemplate.fill(str(meta, "message"), args), document, subject, evidence, sources, details);
    }

    public static Finding of(Map<String, Object> meta, Footing f) {
        Figure t = f.getTotal();
        return raise(meta, f.getDocument(), t.getScope() + "/" + t.getStatement() + "/" + key(t) + "/" + t.getPeriod(),
                f.getArgs(), f.getEvidence(), List.of());
    }

    public static Finding of(Map<String, Object> meta, TieOut t) {
        Figure a = t.getFirst();
        return raise(meta, t.getDocument(), a.getScope() + "/" + a.getConcept() + "/" + a.getPeriod() + "/" + t.getSecond().getStatement(),
                t.getArgs(), t.getEvidence(), List.of());
    }

    private static String key(Figure f) { return f.getConcept() != null ? f.getConcept() : f.getLabel(); }

    private static String str(Map<String, Object> meta, String k) {
        Object v = meta.get(k);
        return v == null ? "" : v.toString();
    }

    public String getRuleId() { return ruleId; }
    public String getSeverity() { return severity; }
    public String getCategory() { return category; }
    public String getMessage() { return message; }
    public String getDocument() { return document; }
    public String getSubject() { return subject; }
    public List<Figure> getEvidence() { return evidence; }
    public List<SourceRef> getSources() { return sources; }
    /** Evidence lines beyond figures, in reading order (may be empty). */
    public List<String> getDetails() { return details; }

    /** All source references: the evidence figures' and any extra ones. */
    public List<SourceRef> getAllSources() {
        java.util.List<SourceRef> all = new java.util.ArrayList<>();
        for (Figure f : evidence) if (f.getSource() != null) all.add(f.getSource());
        all.addAll(sources);
        return all;
    }
}

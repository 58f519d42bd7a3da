package io.tickmark.facts;

import java.util.List;

/**
 * A factor the document states that can offset going-concern indicators (ISA 570 A4-A5): kind is
 * cash-covers-debt, positive-operating-cash-flow, undrawn-facilities, new-financing,
 * asset-disposal, loans-rescheduled.
 */
public final class MitigatingFactor {
    private final String document;
    private final String kind;
    private final String description;
    private final List<String> evidence;
    private final List<SourceRef> sources;
    private final List<Figure> figures;

    public MitigatingFactor(String document, String kind, String description, List<String> evidence, List<SourceRef> sources,
                            List<Figure> figures) {
        this.document = document;
        this.kind = kind;
        this.description = description;
        this.evidence = List.copyOf(evidence);
        this.sources = List.copyOf(sources);
        this.figures = List.copyOf(figures);
    }

    public static MitigatingFactor ofFigures(String kind, String description, List<KeyFigure> kfs) {
        KeyFigureEvidence e = KeyFigureEvidence.of(kfs);
        return new MitigatingFactor(kfs.get(0).getDocument(), kind, description, e.descriptions(), e.sources(), e.figures());
    }

    public static MitigatingFactor ofEvent(String kind, String description, NarrativeEvent e) {
        return new MitigatingFactor(e.getDocument(), kind, description,
                List.of("\"" + Quotes.cut(e.getQuote(), 260) + "\" (" + Positions.describe(e.getSource()) + ")"), List.of(e.getSource()), List.of());
    }

    public String getDocument() { return document; }
    public String getKind() { return kind; }
    public String getDescription() { return description; }
    public List<String> getEvidence() { return evidence; }
    public List<SourceRef> getSources() { return sources; }
    public List<Figure> getFigures() { return figures; }

    @Override public String toString() { return "MitigatingFactor[" + kind + ": " + description + " " + evidence + "]"; }
}

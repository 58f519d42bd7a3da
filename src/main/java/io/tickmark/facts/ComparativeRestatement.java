package io.tickmark.facts;

import io.tickmark.util.Regex;
/**
 * A statement in the filing that prior-period amounts were restated, recast or reclassified
 * ("certain prior period amounts have been reclassified to conform to the current period
 * presentation"): the disclosure that explains a comparative differing from last year's report.
 */
public final class ComparativeRestatement {
    private final String document;
    private final String kind;
    private final String quote;
    private final SourceRef source;

    public ComparativeRestatement(String document, String kind, String quote, SourceRef source) {
        this.document = document;
        this.kind = kind;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    /** {@code restated}, {@code recast} or {@code reclassified}. */
    public String getKind() { return kind; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }
    /** Reading order, for choosing the first disclosure. */
    public int getLine() { return source == null ? 0 : source.getLine(); }
    public String getWhere() { return source == null ? "" : source.describe(); }

    /**
     * Whether the disclosure can explain a figure: a general one ("certain prior period amounts
     * have been recast") explains any; one about "the table above" (or below) only the figures of
     * the table beside it: on its page, or on the page before when it follows the table.
     */
    public boolean appliesTo(Figure f) {
        String q = quote.toLowerCase(java.util.Locale.ROOT);
        boolean aboutATable = Regex.matches(q, ".*\\b(the|this|that|each|these) (table|tables|schedule)( above| below)?\\b.*")
                || Regex.matches(q, ".*\\b(table|tables) (above|below)\\b.*");
        if (!aboutATable) return true;
        SourceRef s = f.getSource();
        if (source == null || s == null) return false;
        if (source.getPage() > 0 && s.getPage() > 0) {
            return source.getPage() == s.getPage() || (source.getPage() == s.getPage() + 1 && source.getLine() > s.getLine());
        }
        return Math.abs(source.getLine() - s.getLine()) <= 80;
    }

    /**
     * How far the disclosure is from a figure, in lines (pages when either has no line): a
     * sentence beside the table ("recast ... in the table above") explains its figures better than
     * a general one in the basis of presentation.
     */
    public int distanceTo(Figure f) {
        SourceRef s = f.getSource();
        if (source == null || s == null) return Integer.MAX_VALUE;
        if (source.getLine() > 0 && s.getLine() > 0) return Math.abs(source.getLine() - s.getLine());
        return 1000 * Math.abs(source.getPage() - s.getPage());
    }
}

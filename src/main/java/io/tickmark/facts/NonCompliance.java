package io.tickmark.facts;

/**
 * A non-compliance incident the document discloses (unregistered leases, social insurance
 * shortfall), anchored on the passage that states the group's own failure.
 */
public final class NonCompliance {
    private final String document;
    private final String id;
    private final String kind;
    private final String title;
    private final String quote;
    private final SourceRef source;

    public NonCompliance(String document, String id, String kind, String title, String quote, SourceRef source) {
        this.document = document;
        this.id = id;
        this.kind = kind;
        this.title = title;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getId() { return id; }
    public String getKind() { return kind; }
    public String getTitle() { return title; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }
}

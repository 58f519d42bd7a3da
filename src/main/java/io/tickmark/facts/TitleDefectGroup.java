package io.tickmark.facts;

/** Leased properties whose lessors have not shown title documents (or planning permits). */
public final class TitleDefectGroup {
    private final String document;
    private final String id;
    private final int count;
    private final String quote;
    private final SourceRef source;

    public TitleDefectGroup(String document, String id, int count, String quote, SourceRef source) {
        this.document = document;
        this.id = id;
        this.count = count;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getId() { return id; }
    public int getCount() { return count; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }
}

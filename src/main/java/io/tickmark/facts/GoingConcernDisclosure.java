package io.tickmark.facts;

/**
 * A passage where the document addresses going concern at all (HKAS 1.25-26): the basis of
 * preparation, management's assessment, or a material-uncertainty or doubt paragraph, whatever its
 * conclusion. Its absence is what the disclosure-gap rule looks for.
 */
public final class GoingConcernDisclosure {
    private final String document;
    private final String kind;
    private final String quote;
    private final SourceRef source;

    public GoingConcernDisclosure(String document, String kind, String quote, SourceRef source) {
        this.document = document;
        this.kind = kind;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getKind() { return kind; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }

    @Override public String toString() { return "GoingConcernDisclosure[" + kind + ": " + quote + " @" + Positions.describe(source) + "]"; }
}

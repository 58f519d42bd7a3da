package io.tickmark.facts;

/**
 * What the document says about legal proceedings against the group: that there are none material
 * ({@code proceedingsDisclosed = false}), or that there are some.
 */
public final class LegalProceedingsStatement {
    private final String document;
    private final boolean proceedingsDisclosed;
    private final String quote;
    private final SourceRef source;

    public LegalProceedingsStatement(String document, boolean proceedingsDisclosed, String quote, SourceRef source) {
        this.document = document;
        this.proceedingsDisclosed = proceedingsDisclosed;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public boolean isProceedingsDisclosed() { return proceedingsDisclosed; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }
}

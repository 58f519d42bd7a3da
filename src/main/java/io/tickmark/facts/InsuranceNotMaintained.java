package io.tickmark.facts;

/** The document says the group does not maintain some kinds of insurance cover. */
public final class InsuranceNotMaintained {
    private final String document;
    private final String covers;
    private final boolean riskFactorReferenced;
    private final String quote;
    private final SourceRef source;

    public InsuranceNotMaintained(String document, String covers, boolean riskFactorReferenced, String quote, SourceRef source) {
        this.document = document;
        this.covers = covers;
        this.riskFactorReferenced = riskFactorReferenced;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    /** The covers named, e.g. "business interruption, product liability, key-man". */
    public String getCovers() { return covers; }
    /** Whether the passage points the reader to a risk factor on the uninsured exposure. */
    public boolean isRiskFactorReferenced() { return riskFactorReferenced; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }
}

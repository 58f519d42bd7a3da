package io.tickmark.facts;

import java.math.BigDecimal;

/** The group's leased properties as the document states them in aggregate: how many and their floor area. */
public final class LeasedProperties {
    private final String document;
    private final int count;
    private final BigDecimal grossFloorArea;
    private final String quote;
    private final SourceRef source;

    public LeasedProperties(String document, int count, BigDecimal grossFloorArea, String quote, SourceRef source) {
        this.document = document;
        this.count = count;
        this.grossFloorArea = grossFloorArea;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public int getCount() { return count; }
    /** Square metres; null when not stated. */
    public BigDecimal getGrossFloorArea() { return grossFloorArea; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }
}

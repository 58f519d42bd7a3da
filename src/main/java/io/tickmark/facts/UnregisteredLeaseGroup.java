package io.tickmark.facts;

import java.math.BigDecimal;

/**
 * Leases the document says were not registered with the housing authority, with the penalty range
 * per lease and the maximum penalty it states (each null when not stated).
 */
public final class UnregisteredLeaseGroup {
    private final String document;
    private final String id;
    private final int count;
    private final BigDecimal statedFineMin;
    private final BigDecimal statedFineMax;
    private final BigDecimal statedMaximum;
    private final String quote;
    private final String maximumQuote;
    private final SourceRef source;
    private final SourceRef maximumSource;

    public UnregisteredLeaseGroup(String document, String id, int count, BigDecimal statedFineMin, BigDecimal statedFineMax,
                                  BigDecimal statedMaximum, String quote, String maximumQuote, SourceRef source,
                                  SourceRef maximumSource) {
        this.document = document;
        this.id = id;
        this.count = count;
        this.statedFineMin = statedFineMin;
        this.statedFineMax = statedFineMax;
        this.statedMaximum = statedMaximum;
        this.quote = quote;
        this.maximumQuote = maximumQuote;
        this.source = source;
        this.maximumSource = maximumSource;
    }

    public String getDocument() { return document; }
    public String getId() { return id; }
    public int getCount() { return count; }
    public BigDecimal getStatedFineMin() { return statedFineMin; }
    public BigDecimal getStatedFineMax() { return statedFineMax; }
    public BigDecimal getStatedMaximum() { return statedMaximum; }
    public String getQuote() { return quote; }
    public String getMaximumQuote() { return maximumQuote; }
    public SourceRef getSource() { return source; }
    public SourceRef getMaximumSource() { return maximumSource; }
}

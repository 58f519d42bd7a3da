package io.tickmark.facts;

/**
 * A management claim about its own liquidity or financial position: "maintained a healthy position
 * of liquidity", "sources of liquidity will continue to be sufficient". {@code reading} as in
 * {@link NarrativeEvent}; only asserted claims can be contradicted.
 */
public final class LiquidityClaim {
    private final String document;
    private final String claim;
    private final String reading;
    private final String quote;
    private final SourceRef source;

    public LiquidityClaim(String document, String claim, String reading, String quote, SourceRef source) {
        this.document = document;
        this.claim = claim;
        this.reading = reading;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getClaim() { return claim; }
    public String getReading() { return reading; }
    public boolean isAsserted() { return "asserted".equals(reading); }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }

    @Override public String toString() { return "LiquidityClaim[" + reading + ": \"" + claim + "\" @" + Positions.describe(source) + "]"; }
}

package io.tickmark.facts;

import java.math.BigDecimal;

/**
 * A percentage change the text states for an amount and its comparative: "RMB911,727,000 (2019:
 * RMB1,750,632,000), representing a decrease of approximately 47.92%". The direction is in words;
 * {@code percent} is unsigned as written.
 */
public final class StatedChange {
    private final String document;
    private final String amountId;
    private final String measure;
    private final String direction;
    private final BigDecimal percent;
    private final BigDecimal percentHalfUnit;
    private final boolean approximate;
    private final BigDecimal current;
    private final BigDecimal currentHalfUnit;
    private final BigDecimal prior;
    private final BigDecimal priorHalfUnit;
    private final String currency;
    private final String quote;
    private final SourceRef source;

    public StatedChange(String document, String amountId, String measure, String direction, BigDecimal percent,
                        BigDecimal percentHalfUnit, boolean approximate, BigDecimal current, BigDecimal currentHalfUnit,
                        BigDecimal prior, BigDecimal priorHalfUnit, String currency, String quote, SourceRef source) {
        this.document = document;
        this.amountId = amountId;
        this.measure = measure;
        this.direction = direction;
        this.percent = percent;
        this.percentHalfUnit = percentHalfUnit;
        this.approximate = approximate;
        this.current = current;
        this.currentHalfUnit = currentHalfUnit;
        this.prior = prior;
        this.priorHalfUnit = priorHalfUnit;
        this.currency = currency;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getAmountId() { return amountId; }
    public String getMeasure() { return measure; }
    public String getDirection() { return direction; }
    public BigDecimal getPercent() { return percent; }
    public BigDecimal getPercentHalfUnit() { return percentHalfUnit; }
    public boolean isApproximate() { return approximate; }
    public BigDecimal getCurrent() { return current; }
    public BigDecimal getCurrentHalfUnit() { return currentHalfUnit; }
    public BigDecimal getPrior() { return prior; }
    public BigDecimal getPriorHalfUnit() { return priorHalfUnit; }
    public String getCurrency() { return currency; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }
    /** A change can be recomputed only from a non-zero comparative. */
    public boolean isRecomputable() { return prior != null && current != null && prior.signum() != 0; }

    @Override public String toString() {
        return "StatedChange[" + measure + " " + direction + " " + Amounts.percent(percent) + " from " + Amounts.format(currency, prior)
                + " to " + Amounts.format(currency, current) + " @" + Positions.describe(source) + "]";
    }
}

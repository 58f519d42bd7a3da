package io.tickmark.facts;

import java.math.BigDecimal;

/**
 * Employees the text states, with the comparative and a stated part: "employed a total of 1,142
 * full-time employees (31 December 2019: 1,591), of which 251 (31 December 2019: 284) were
 * managerial staff". {@code part}/{@code partLabel} are null when no part is stated.
 */
public final class StatedHeadcount {
    private final String document;
    private final BigDecimal count;
    private final BigDecimal prior;
    private final String partLabel;
    private final BigDecimal part;
    private final BigDecimal partPrior;
    private final String quote;
    private final SourceRef source;

    public StatedHeadcount(String document, BigDecimal count, BigDecimal prior, String partLabel, BigDecimal part,
                           BigDecimal partPrior, String quote, SourceRef source) {
        this.document = document;
        this.count = count;
        this.prior = prior;
        this.partLabel = partLabel;
        this.part = part;
        this.partPrior = partPrior;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public BigDecimal getCount() { return count; }
    public BigDecimal getPrior() { return prior; }
    public String getPartLabel() { return partLabel; }
    public BigDecimal getPart() { return part; }
    public BigDecimal getPartPrior() { return partPrior; }
    public boolean isHasPart() { return part != null; }
    public boolean isHasPartPrior() { return partPrior != null && prior != null; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }

    @Override public String toString() {
        return "StatedHeadcount[" + count + (prior != null ? " (prior " + prior + ")" : "") + (part != null ? " of which " + part + " " + partLabel
                + (partPrior != null ? " (prior " + partPrior + ")" : "") : "") + " @" + Positions.describe(source) + "]";
    }
}

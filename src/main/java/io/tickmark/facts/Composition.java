package io.tickmark.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * Percentage shares of a total the text states: "borrowings ... of which approximately 31.79% were
 * made in USD and approximately 68.21% were made in RMB". {@code exhaustive} is set when the
 * wording claims the parts make up the whole ("comprising", "respectively, totalling"); "of which"
 * and "including" may list only some parts.
 */
public final class Composition {
    private final String document;
    private final String totalMeasure;
    private final List<String> labels;
    private final List<BigDecimal> percents;
    private final BigDecimal partHalfUnit;
    private final boolean exhaustive;
    private final String quote;
    private final SourceRef source;

    public Composition(String document, String totalMeasure, List<String> labels, List<BigDecimal> percents,
                       BigDecimal partHalfUnit, boolean exhaustive, String quote, SourceRef source) {
        this.document = document;
        this.totalMeasure = totalMeasure;
        this.labels = List.copyOf(labels);
        this.percents = List.copyOf(percents);
        this.partHalfUnit = partHalfUnit;
        this.exhaustive = exhaustive;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getTotalMeasure() { return totalMeasure; }
    public List<String> getLabels() { return labels; }
    public List<BigDecimal> getPercents() { return percents; }
    public int getPartCount() { return percents.size(); }
    public BigDecimal getPartHalfUnit() { return partHalfUnit; }
    public boolean isExhaustive() { return exhaustive; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }

    @Override public String toString() {
        return "Composition[" + totalMeasure + ": " + percents + " " + labels + (exhaustive ? " exhaustive" : "") + " @" + Positions.describe(source) + "]";
    }
}

package io.tickmark.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * A total stated together with the amounts it is made of, in words: total assets "which included:
 * (1) share capital of ...; (2) reserves of ...; and (3) liabilities of ...", considerations "of
 * RMB990,385, RMB4,350,434 and RMB8,387,167, respectively, totalling RMB13,727,986", borrowings "of
 * which ... was repayable within one year and ... after one year". {@code period} says whether the
 * amounts are the main ones or the comparatives. {@code exhaustive} as in {@link Composition}.
 */
public final class StatedSum {
    private final String document;
    private final String wording;
    private final boolean exhaustive;
    private final String totalMeasure;
    private final BigDecimal total;
    private final BigDecimal totalHalfUnit;
    private final List<String> partLabels;
    private final List<BigDecimal> parts;
    private final List<BigDecimal> partHalfUnits;
    private final String period;
    private final String currency;
    private final String quote;
    private final SourceRef source;

    public StatedSum(String document, String wording, boolean exhaustive, String totalMeasure, BigDecimal total,
                     BigDecimal totalHalfUnit, List<String> partLabels, List<BigDecimal> parts,
                     List<BigDecimal> partHalfUnits, String period, String currency, String quote, SourceRef source) {
        this.document = document;
        this.wording = wording;
        this.exhaustive = exhaustive;
        this.totalMeasure = totalMeasure;
        this.total = total;
        this.totalHalfUnit = totalHalfUnit;
        this.partLabels = List.copyOf(partLabels);
        this.parts = List.copyOf(parts);
        this.partHalfUnits = List.copyOf(partHalfUnits);
        this.period = period;
        this.currency = currency;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getWording() { return wording; }
    public boolean isExhaustive() { return exhaustive; }
    public String getTotalMeasure() { return totalMeasure; }
    public BigDecimal getTotal() { return total; }
    public BigDecimal getTotalHalfUnit() { return totalHalfUnit; }
    public List<String> getPartLabels() { return partLabels; }
    public List<BigDecimal> getParts() { return parts; }
    public int getPartCount() { return parts.size(); }
    public List<BigDecimal> getPartHalfUnits() { return partHalfUnits; }
    public String getPeriod() { return period; }
    public String getCurrency() { return currency; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }

    @Override public String toString() {
        return "StatedSum[" + totalMeasure + " " + period + " = " + Amounts.format(currency, total) + " <- " + parts + " " + partLabels
                + " (" + wording + (exhaustive ? ", exhaustive" : "") + ") @" + Positions.describe(source) + "]";
    }
}

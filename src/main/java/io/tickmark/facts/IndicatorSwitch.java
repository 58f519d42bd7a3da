package io.tickmark.facts;

import java.math.BigDecimal;

/**
 * How the profile weighs one figure indicator for the industry a document shows: {@code weight} 1
 * counted, between 0 and 1 weak (listed, not counted), 0 not read.
 */
public final class IndicatorSwitch {
    private final String document;
    private final String indicator;
    private final BigDecimal weight;
    private final String industry;
    private final String evidence;

    public IndicatorSwitch(String document, String indicator, BigDecimal weight, String industry, String evidence) {
        this.document = document;
        this.indicator = indicator;
        this.weight = weight;
        this.industry = industry;
        this.evidence = evidence;
    }

    public String getDocument() { return document; }
    public String getIndicator() { return indicator; }
    public BigDecimal getWeight() { return weight; }
    public String getIndustry() { return industry; }
    public String getEvidence() { return evidence; }
    public boolean isOff() { return weight.signum() <= 0; }
    public boolean isWeak() { return weight.signum() > 0 && weight.compareTo(BigDecimal.ONE) < 0; }
    public boolean isCounted() { return weight.compareTo(BigDecimal.ONE) >= 0; }

    /** Why the indicator is listed but not counted. */
    public String weakReason() {
        return "a weak indicator for " + (industry.startsWith("i") ? "an " : "a ") + industry + " (statements' shape: " + evidence
                + "; profile gc.industry." + industry + "." + indicator + " = " + weight.stripTrailingZeros().toPlainString() + ")";
    }

    @Override public String toString() { return "IndicatorSwitch[" + industry + " " + indicator + " " + weight + "]"; }
}

package io.tickmark.facts;

import java.math.BigDecimal;

/**
 * An amount stated in narrative text, with the comparative the same sentence gives for it:
 * "revenue ... amounted to approximately RMB911,727,000 (2019: RMB1,750,632,000)".
 *
 * <p>{@code measure} is what the sentence says the amount is (its subject, lower case);
 * {@code concept} the canonical concept when the measure names one (Revenue, GrossProfit,
 * NetProfit, ...), {@code segment} the business segment it is limited to ("" for the whole entity).
 * {@code value} and {@code prior} are signed as the text writes the numbers (a loss stated as
 * "loss of RMB1,000" is +1,000 with {@code lossWording} set); {@code priorSignFlipped} is set when
 * the comparative is worded the opposite way ("(2019: gain of ...)" for a loss line).
 * {@code halfUnit} is half of the last unit the text displays (RMB911,727,000 shows thousands:
 * 500). {@code role} places the main value: {@code current} (the reporting period),
 * {@code other} (another period) or {@code unknown}.
 */
public final class StatedAmount {
    private final String id;
    private final String document;
    private final String measure;
    private final String concept;
    private final String segment;
    private final BigDecimal value;
    private final BigDecimal halfUnit;
    private final String currency;
    private final BigDecimal prior;
    private final BigDecimal priorHalfUnit;
    private final String priorLabel;
    private final boolean priorSignFlipped;
    private final String role;
    private final boolean approximate;
    private final boolean lossWording;
    private final String quote;
    private final SourceRef source;

    public StatedAmount(String id, String document, String measure, String concept, String segment, BigDecimal value,
                        BigDecimal halfUnit, String currency, BigDecimal prior, BigDecimal priorHalfUnit,
                        String priorLabel, boolean priorSignFlipped, String role, boolean approximate,
                        boolean lossWording, String quote, SourceRef source) {
        this.id = id;
        this.document = document;
        this.measure = measure;
        this.concept = concept;
        this.segment = segment == null ? "" : segment;
        this.value = value;
        this.halfUnit = halfUnit;
        this.currency = currency;
        this.prior = prior;
        this.priorHalfUnit = priorHalfUnit;
        this.priorLabel = priorLabel;
        this.priorSignFlipped = priorSignFlipped;
        this.role = role;
        this.approximate = approximate;
        this.lossWording = lossWording;
        this.quote = quote;
        this.source = source;
    }

    public String getId() { return id; }
    public String getDocument() { return document; }
    public String getMeasure() { return measure; }
    public String getConcept() { return concept; }
    public String getSegment() { return segment; }
    public BigDecimal getValue() { return value; }
    public BigDecimal getHalfUnit() { return halfUnit; }
    public String getCurrency() { return currency; }
    public BigDecimal getPrior() { return prior; }
    public BigDecimal getPriorHalfUnit() { return priorHalfUnit; }
    public String getPriorLabel() { return priorLabel; }
    public boolean isPriorSignFlipped() { return priorSignFlipped; }
    public boolean isHasPrior() { return prior != null; }
    public String getRole() { return role; }
    public boolean isApproximate() { return approximate; }
    public boolean isLossWording() { return lossWording; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }

    /** The comparative with the sign of the main value's wording (a "gain of" comparative on a loss line is negated). */
    public BigDecimal getPriorAsWorded() {
        if (prior == null) return null;
        return priorSignFlipped ? prior.negate() : prior;
    }

    @Override public String toString() {
        return "StatedAmount[" + measure + (segment.isEmpty() ? "" : " {" + segment + "}") + " = " + Amounts.format(currency, value)
                + (prior != null ? " (" + priorLabel + ": " + (priorSignFlipped ? "opposite " : "") + Amounts.format(currency, prior) + ")" : "")
                + (concept != null ? " " + concept : "") + " " + role + " @" + Positions.describe(source) + "]";
    }
}

package io.tickmark.facts;

import java.math.BigDecimal;

/**
 * A ratio or margin stated in the text, with the definition the text gives for it: "Gearing ratio
 * (calculated by dividing total liabilities by total assets) was approximately 78.87% as at 31
 * December 2020 (31 December 2019: 58.11%)", "gross profit margin increased from 8.00% to 11.45%".
 *
 * <p>{@code kind} is {@code margin} or {@code ratio}; {@code numerator} and {@code denominator}
 * are the measures the definition names (for a gross profit margin, gross profit and revenue);
 * {@code ratioType} classifies the definition: liabilitiesToAssets, debtToEquity, current, margin,
 * or unknown when the text gives no definition the reader understands. Values are percentages.
 */
public final class StatedRatio {
    private final String id;
    private final String document;
    private final String kind;
    private final String name;
    private final String definition;
    private final String numerator;
    private final String denominator;
    private final String ratioType;
    private final String segment;
    private final BigDecimal value;
    private final BigDecimal prior;
    private final BigDecimal halfUnit;
    private final boolean approximate;
    private final String quote;
    private final SourceRef source;

    public StatedRatio(String id, String document, String kind, String name, String definition, String numerator,
                       String denominator, String ratioType, String segment, BigDecimal value, BigDecimal prior,
                       BigDecimal halfUnit, boolean approximate, String quote, SourceRef source) {
        this.id = id;
        this.document = document;
        this.kind = kind;
        this.name = name;
        this.definition = definition;
        this.numerator = numerator;
        this.denominator = denominator;
        this.ratioType = ratioType;
        this.segment = segment == null ? "" : segment;
        this.value = value;
        this.prior = prior;
        this.halfUnit = halfUnit;
        this.approximate = approximate;
        this.quote = quote;
        this.source = source;
    }

    public String getId() { return id; }
    public String getDocument() { return document; }
    public String getKind() { return kind; }
    public String getName() { return name; }
    public String getDefinition() { return definition; }
    public String getNumerator() { return numerator; }
    public String getDenominator() { return denominator; }
    public String getRatioType() { return ratioType; }
    public String getSegment() { return segment; }
    public BigDecimal getValue() { return value; }
    public BigDecimal getPrior() { return prior; }
    public boolean isHasPrior() { return prior != null; }
    public BigDecimal getHalfUnit() { return halfUnit; }
    public boolean isApproximate() { return approximate; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }

    @Override public String toString() {
        return "StatedRatio[" + kind + " " + name + (segment.isEmpty() ? "" : " {" + segment + "}") + " = " + Amounts.percent(value)
                + (prior != null ? " (prior " + Amounts.percent(prior) + ")" : "") + " " + ratioType
                + (definition != null ? " def: " + numerator + " / " + denominator : "") + " @" + Positions.describe(source) + "]";
    }
}

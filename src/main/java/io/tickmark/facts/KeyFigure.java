package io.tickmark.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * The one figure of a concept the going-concern rules read for the reporting period ({@code role}
 * current) or the period before it ({@code prior}): taken from the primary consolidated statement,
 * or, where the statements do not give the concept, from the narrative. Signs follow the concept
 * (a net loss is negative, net current liabilities are negative net current assets, an impairment
 * charge is positive). Choosing it is normalisation; judging it is left to the rules.
 */
public final class KeyFigure {
    private final String document;
    private final String concept;
    private final String role;
    private final String period;
    private final BigDecimal value;
    private final String currency;
    private final String origin;
    private final String label;
    private final List<Figure> figures;
    private final SourceRef source;

    public KeyFigure(String document, String concept, String role, String period, BigDecimal value, String currency,
                     String origin, String label, List<Figure> figures, SourceRef source) {
        this.document = document;
        this.concept = concept;
        this.role = role;
        this.period = period;
        this.value = value;
        this.currency = currency;
        this.origin = origin;
        this.label = label;
        this.figures = List.copyOf(figures);
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getConcept() { return concept; }
    public String getRole() { return role; }
    public String getPeriod() { return period; }
    public BigDecimal getValue() { return value; }
    public String getCurrency() { return currency; }
    public String getOrigin() { return origin; }
    public String getLabel() { return label; }
    public List<Figure> getFigures() { return figures; }
    public SourceRef getSource() { return source; }
    /** A twelve-month flow, or a balance: what an annual distress score may use. */
    public boolean isAnnual() { return period != null && (!period.contains("/") || io.tickmark.normalize.Periods.lengthInMonths(period) == 12); }
    public boolean isFromStatements() { return !"narrative".equals(origin); }
    /** The amount by which a negative figure falls short of zero (net current liabilities for negative net current assets). */
    public BigDecimal getShortfall() { return value.signum() < 0 ? value.negate() : BigDecimal.ZERO; }

    /** "Net loss (Net income, 2021-09-25/2022-09-24): $-5,053,000,000 at line 2646". */
    public String describe() {
        return Quotes.cut(label, 90) + " " + Amounts.format(currency, value) + (period != null ? " [" + period + "]" : "") + " (" + origin
                + (source != null ? ", " + Positions.describe(source) : "") + ")";
    }

    @Override public String toString() { return "KeyFigure[" + concept + " " + role + " " + describe() + "]"; }
}

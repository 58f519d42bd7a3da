package io.tickmark.facts;

import java.math.BigDecimal;
import java.math.MathContext;

/** A key figure of the reporting period beside the same concept's figure for the period before. */
public final class Movement {
    private final KeyFigure current;
    private final KeyFigure prior;

    public Movement(KeyFigure current, KeyFigure prior) {
        this.current = current;
        this.prior = prior;
    }

    public String getDocument() { return current.getDocument(); }
    public String getConcept() { return current.getConcept(); }
    public KeyFigure getCurrent() { return current; }
    public KeyFigure getPrior() { return prior; }
    public BigDecimal getCurrentValue() { return current.getValue(); }
    public BigDecimal getPriorValue() { return prior.getValue(); }

    /** (current - prior) / |prior|; zero when there is no prior amount to compare with. */
    public BigDecimal getRelativeChange() {
        if (prior.getValue().signum() == 0) return BigDecimal.ZERO;
        return current.getValue().subtract(prior.getValue()).divide(prior.getValue().abs(), MathContext.DECIMAL64);
    }

    /** The fall as a share of the prior amount (0.48 for a 48% fall); negative for a rise. */
    public BigDecimal getFall() { return getRelativeChange().negate(); }

    /** current / prior for positive amounts (a multiple), zero otherwise. */
    public BigDecimal getMultiple() {
        if (prior.getValue().signum() <= 0) return BigDecimal.ZERO;
        return current.getValue().divide(prior.getValue(), MathContext.DECIMAL64);
    }

    @Override public String toString() { return "Movement[" + getConcept() + " " + prior.getValue() + " -> " + current.getValue() + "]"; }
}

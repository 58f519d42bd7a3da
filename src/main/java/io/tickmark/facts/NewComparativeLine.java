package io.tickmark.facts;

import java.math.BigDecimal;

/**
 * A line this year's report shows for a past period that last year's report did not show at all (no
 * figure of that line for any period): a line split out of another, or a new caption. A comparative
 * of the same table and period that differs from last year by exactly this line's amount was split
 * (the new line taken out of it); the comparatives pack says so instead of failing it.
 */
public final class NewComparativeLine {
    private final String document;
    private final Figure figure;

    public NewComparativeLine(String document, Figure figure) {
        this.document = document;
        this.figure = figure;
    }

    public String getDocument() { return document; }
    public Figure getFigure() { return figure; }
    public String getTable() { return figure.getTable(); }
    public String getPeriod() { return figure.getPeriod(); }

    /** Whether taking this line out of last year's figure gives this year's (within the pair's tolerance). */
    public boolean splits(PriorFigure p) {
        if (!figure.isNonZero() || !p.getCurrent().getTable().equals(getTable()) || !p.getCurrent().getPeriod().equals(getPeriod())) return false;
        BigDecimal gap = figure.getAmount().add(p.getDifference()).abs();
        return gap.compareTo(p.getTolerance().max(figure.getHalfUnit())) <= 0;
    }

    public String getWhere() {
        return figure.getLabel() + " (" + figure.getTable() + " " + (figure.getSource() == null ? "" : figure.getSource().describe()) + ")";
    }
}

package io.tickmark.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The liquidity resources a document states for the reporting period: cash and cash equivalents,
 * undrawn committed facilities and the period's operating cash flow. A resource the document does
 * not state counts as zero (not shown); {@code hasCash} and friends say which were stated.
 */
public final class LiquidityResources {
    private final String document;
    private final KeyFigure cash;
    private final KeyFigure undrawn;
    private final KeyFigure operating;

    public LiquidityResources(String document, KeyFigure cash, KeyFigure undrawn, KeyFigure operating) {
        this.document = document;
        this.cash = cash;
        this.undrawn = undrawn;
        this.operating = operating;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static LiquidityResources of(String document, List cash, List undrawn, List operating) {
        return new LiquidityResources(document, first(cash), first(undrawn), first(operating));
    }

    private static KeyFigure first(List<KeyFigure> l) {
        return l == null || l.isEmpty() ? null : l.get(0);
    }

    private static BigDecimal v(KeyFigure k) { return k == null ? BigDecimal.ZERO : k.getValue(); }

    public String getDocument() { return document; }
    public KeyFigure getCash() { return cash; }
    public KeyFigure getUndrawn() { return undrawn; }
    public KeyFigure getOperating() { return operating; }
    public boolean isHasCash() { return cash != null; }
    public boolean isHasUndrawn() { return undrawn != null; }
    public boolean isOperatingPositive() { return operating != null && operating.getValue().signum() > 0; }
    public BigDecimal getCashValue() { return v(cash); }
    public BigDecimal getUndrawnValue() { return v(undrawn); }
    /** The period's operating cash inflow; an outflow counts as zero. */
    public BigDecimal getOperatingInflow() { return v(operating).max(BigDecimal.ZERO); }
    public BigDecimal getCashAndUndrawn() { return getCashValue().add(getUndrawnValue()); }
    public BigDecimal getCashUndrawnAndOperatingInflow() { return getCashAndUndrawn().add(getOperatingInflow()); }
    public BigDecimal getUndrawnAndOperatingInflow() { return getUndrawnValue().add(getOperatingInflow()); }

    /** The stated resources, for evidence lines. */
    public List<KeyFigure> getStated() {
        List<KeyFigure> l = new ArrayList<>();
        if (cash != null) l.add(cash);
        if (undrawn != null) l.add(undrawn);
        if (operating != null) l.add(operating);
        return l;
    }

    /** "cash ... + undrawn ... + operating inflow ... = X", naming what is not stated. */
    public String describe(boolean withOperating) {
        String cur = cash != null ? cash.getCurrency() : undrawn != null ? undrawn.getCurrency() : operating != null ? operating.getCurrency() : "";
        StringBuilder s = new StringBuilder();
        s.append("cash ").append(cash != null ? Amounts.format(cur, cash.getValue()) : "not stated");
        s.append(" + undrawn facilities ").append(undrawn != null ? Amounts.format(cur, undrawn.getValue()) : "not stated");
        if (withOperating) s.append(" + operating cash inflow ").append(operating != null ? Amounts.format(cur, getOperatingInflow()) : "not stated");
        s.append(" = ").append(Amounts.format(cur, withOperating ? getCashUndrawnAndOperatingInflow() : getCashAndUndrawn()));
        return s.toString();
    }

    /** The resources that meet a net current liability position: current assets already hold the cash. */
    public String describeUndrawnAndOperating() {
        String cur = undrawn != null ? undrawn.getCurrency() : operating != null ? operating.getCurrency() : "";
        return "undrawn facilities " + (undrawn != null ? Amounts.format(cur, undrawn.getValue()) : "not stated")
                + " + operating cash inflow " + (operating != null ? Amounts.format(cur, getOperatingInflow()) : "not stated")
                + " = " + Amounts.format(cur, getUndrawnAndOperatingInflow());
    }

    public String describeCashAndUndrawn() { return describe(false); }
    public String describeWithOperating() { return describe(true); }

    @Override public String toString() { return "LiquidityResources[" + describe(true) + "]"; }
}

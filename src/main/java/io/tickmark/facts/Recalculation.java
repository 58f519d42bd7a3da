package io.tickmark.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One recomputation of a figure the narrative states from the other figures it states: a change
 * from its amount and comparative, a ratio from its numerator and denominator, shares that should
 * make a whole, parts that should make a total. The arithmetic and the tolerance (the displayed
 * precision of every figure involved, never a fixed percentage) are computed here; whether the
 * stated figure holds is decided by the narrative rules, which compare {@code absDeviation} with
 * {@code tolerance}.
 */
public final class Recalculation {
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String kind;
    private final String document;
    private final String subject;
    private final BigDecimal stated;
    private final BigDecimal recomputed;
    private final BigDecimal tolerance;
    private final String unit;
    private final String expression;
    private final boolean exhaustive;
    private final String quote;
    private final List<SourceRef> sources;

    public Recalculation(String kind, String document, String subject, BigDecimal stated, BigDecimal recomputed,
                         BigDecimal tolerance, String unit, String expression, boolean exhaustive, String quote,
                         List<SourceRef> sources) {
        this.kind = kind;
        this.document = document;
        this.subject = subject;
        this.stated = stated;
        this.recomputed = recomputed;
        this.tolerance = tolerance;
        this.unit = unit;
        this.expression = expression;
        this.exhaustive = exhaustive;
        this.quote = quote;
        this.sources = List.copyOf(sources);
    }

    /** Display tolerance of a percentage: half its last displayed unit, a whole unit when "approximately". */
    private static BigDecimal shown(BigDecimal halfUnit, boolean approximate) {
        return approximate ? halfUnit.multiply(BigDecimal.valueOf(2)) : halfUnit;
    }

    /** The change from comparative to amount, signed by the stated direction. */
    public static Recalculation ofChange(StatedChange c) {
        BigDecimal p = c.getPrior();
        BigDecimal cur = c.getCurrent();
        BigDecimal recomputed = cur.subtract(p).divide(p.abs(), MC).multiply(HUNDRED);
        BigDecimal stated = "decrease".equals(c.getDirection()) ? c.getPercent().negate() : c.getPercent();
        BigDecimal propagated = HUNDRED.multiply(c.getCurrentHalfUnit().divide(p.abs(), MC)
                .add(cur.abs().multiply(c.getPriorHalfUnit()).divide(p.multiply(p), MC)));
        BigDecimal tol = shown(c.getPercentHalfUnit(), c.isApproximate()).add(propagated);
        String expr = "(" + Amounts.format(c.getCurrency(), cur) + " - " + Amounts.format(c.getCurrency(), p) + ") / "
                + Amounts.format(c.getCurrency(), p.abs()) + " = " + Amounts.percent(round(recomputed));
        return new Recalculation("change", c.getDocument(), c.getMeasure() + ": " + c.getDirection() + " of " + Amounts.percent(c.getPercent()),
                stated, round(recomputed), round(tol), "%", expr, true, c.getQuote(), List.of(c.getSource()));
    }

    /** A ratio or margin recomputed from the amounts its definition names; {@code prior} for the comparative. */
    public static Recalculation ofRatio(StatedRatio r, StatedAmount num, StatedAmount den, boolean prior) {
        BigDecimal n = prior ? num.getPrior() : num.getValue();
        BigDecimal d = prior ? den.getPrior() : den.getValue();
        BigDecimal dn = prior ? num.getPriorHalfUnit() : num.getHalfUnit();
        BigDecimal dd = prior ? den.getPriorHalfUnit() : den.getHalfUnit();
        BigDecimal recomputed = n.divide(d, MC).multiply(HUNDRED);
        BigDecimal propagated = HUNDRED.multiply(dn.divide(d.abs(), MC).add(n.abs().multiply(dd).divide(d.multiply(d), MC)));
        BigDecimal tol = shown(r.getHalfUnit(), r.isApproximate()).add(propagated);
        String expr = num.getMeasure() + " " + Amounts.format(num.getCurrency(), n) + " / " + den.getMeasure() + " "
                + Amounts.format(den.getCurrency(), d) + " = " + Amounts.percent(round(recomputed));
        String kind = "margin".equals(r.getKind()) ? "margin" : "ratio";
        String subject = r.getName() + (r.getSegment().isEmpty() ? "" : " (" + r.getSegment() + ")") + (prior ? ", comparative" : "");
        List<SourceRef> src = new ArrayList<>(List.of(r.getSource(), num.getSource(), den.getSource()));
        return new Recalculation(kind, r.getDocument(), subject, prior ? r.getPrior() : r.getValue(), round(recomputed),
                round(tol), "%", expr, true, r.getQuote(), src);
    }

    /** Shares of a whole: they should add up to 100%. */
    public static Recalculation ofComposition(Composition c) {
        BigDecimal sum = c.getPercents().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tol = c.getPartHalfUnit().multiply(BigDecimal.valueOf(c.getPartCount()));
        String expr = String.join(" + ", c.getPercents().stream().map(Amounts::percent).toList()) + " = " + Amounts.percent(sum);
        return new Recalculation("composition", c.getDocument(), c.getTotalMeasure() + ": shares " + String.join(", ", c.getLabels()),
                HUNDRED, sum, tol, "%", expr, c.isExhaustive(), c.getQuote(), List.of(c.getSource()));
    }

    /** Parts stated in words against the total they are said to make. */
    public static Recalculation ofSum(StatedSum s) {
        BigDecimal sum = s.getParts().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tol = s.getPartHalfUnits().stream().reduce(s.getTotalHalfUnit(), BigDecimal::add);
        String expr = String.join(" + ", s.getParts().stream().map(v -> Amounts.format(s.getCurrency(), v)).toList())
                + " = " + Amounts.format(s.getCurrency(), sum);
        return new Recalculation("sum", s.getDocument(), s.getTotalMeasure() + " (" + s.getPeriod() + "): " + String.join(", ", s.getPartLabels()),
                s.getTotal(), sum, tol, s.getCurrency(), expr, s.isExhaustive(), s.getQuote(), List.of(s.getSource()));
    }

    /** A stated part of a headcount against the total it belongs to. */
    public static Recalculation ofHeadcountPart(StatedHeadcount h, boolean prior) {
        BigDecimal total = prior ? h.getPrior() : h.getCount();
        BigDecimal part = prior ? h.getPartPrior() : h.getPart();
        return new Recalculation("part", h.getDocument(), "employees: " + h.getPartLabel() + (prior ? ", comparative" : ""),
                total, part, BigDecimal.ZERO, "", part.toPlainString() + " of " + total.toPlainString(), false, h.getQuote(),
                List.of(h.getSource()));
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    public String getKind() { return kind; }
    public String getDocument() { return document; }
    public String getSubject() { return subject; }
    public BigDecimal getStated() { return stated; }
    public BigDecimal getRecomputed() { return recomputed; }
    public BigDecimal getTolerance() { return tolerance; }
    public String getUnit() { return unit; }
    public String getExpression() { return expression; }
    public boolean isExhaustive() { return exhaustive; }
    public String getQuote() { return quote; }
    public List<SourceRef> getSources() { return sources; }
    public BigDecimal getAbsDeviation() { return recomputed.subtract(stated).abs(); }
    public BigDecimal getDeviation() { return recomputed.subtract(stated); }

    private String fmt(BigDecimal v) {
        return "%".equals(unit) ? Amounts.percent(v) : Amounts.format(unit, v);
    }

    public Check toCheck(Map<String, Object> meta, String outcome) {
        return new Check(String.valueOf(meta.get("id")), document, subject, outcome, Positions.describe(sources.get(0)),
                fmt(stated), fmt(recomputed) + " (" + expression + ")", List.of());
    }

    public Finding toFinding(Map<String, Object> meta) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("subject", subject);
        args.put("stated", fmt(stated));
        args.put("recomputed", fmt(recomputed));
        args.put("difference", fmt(getDeviation()));
        args.put("tolerance", fmt(tolerance));
        args.put("expression", expression);
        args.put("where", Positions.describe(sources.get(0)));
        return Finding.raise(meta, document, kind + "/" + subject, args, List.of(), sources,
                List.of("at:         " + Positions.describe(sources.get(0)), "stated:     " + fmt(stated), "recomputed: " + expression, "tolerance:  " + fmt(tolerance)
                        + " (displayed precision)", "text:       \"" + Quotes.cut(quote, 300) + "\""));
    }

    @Override public String toString() {
        return "Recalculation[" + kind + " " + subject + ": stated " + fmt(stated) + " recomputed " + fmt(recomputed) + " tol " + fmt(tolerance) + "]";
    }
}

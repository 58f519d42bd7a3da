package io.tickmark.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An Altman score computed from key figures that are all present (the rules never call a factory
 * with a missing input). The variant is named in full, because public code mixes them: Z'' here is
 * the 1995 non-manufacturer form without the emerging-market constant 3.25; Z is the 1968 public
 * manufacturer form with the market value of equity.
 */
public final class DistressScore {
    public static final String Z_DOUBLE_PRIME = "Altman Z'' (1995, non-manufacturers, without the EM constant 3.25)";
    public static final String Z = "Altman Z (1968, public manufacturers, market value of equity)";
    private static final MathContext MC = MathContext.DECIMAL64;

    private final String document;
    private final String variant;
    private final BigDecimal value;
    private final List<String> terms;
    private final List<SourceRef> sources;
    private final List<Figure> figures;

    private DistressScore(String document, String variant, BigDecimal value, List<String> terms, List<SourceRef> sources,
                          List<Figure> figures) {
        this.document = document;
        this.variant = variant;
        this.value = value;
        this.terms = List.copyOf(terms);
        this.sources = List.copyOf(sources);
        this.figures = List.copyOf(figures);
    }

    /** Z'' = 6.56 WC/TA + 3.26 RE/TA + 6.72 EBIT/TA + 1.05 BookEquity/TL. */
    public static DistressScore zDoublePrime(KeyFigure ca, KeyFigure cl, KeyFigure ta, KeyFigure re, KeyFigure ebit,
                                             KeyFigure equity, KeyFigure tl) {
        Builder b = new Builder(ca.getDocument(), List.of(ca, cl, ta, re, ebit, equity, tl));
        BigDecimal wc = ca.getValue().subtract(cl.getValue());
        b.term("6.56", "WC/TA", wc, ta.getValue());
        b.term("3.26", "RE/TA", re.getValue(), ta.getValue());
        b.term("6.72", "EBIT/TA", ebit.getValue(), ta.getValue());
        b.term("1.05", "BookEquity/TL", equity.getValue(), tl.getValue());
        return b.build(Z_DOUBLE_PRIME);
    }

    /** Z = 1.2 WC/TA + 1.4 RE/TA + 3.3 EBIT/TA + 0.6 MVE/TL + 1.0 Sales/TA. */
    public static DistressScore z(KeyFigure ca, KeyFigure cl, KeyFigure ta, KeyFigure re, KeyFigure ebit, KeyFigure mve,
                                  KeyFigure tl, KeyFigure sales) {
        Builder b = new Builder(ca.getDocument(), List.of(ca, cl, ta, re, ebit, mve, tl, sales));
        BigDecimal wc = ca.getValue().subtract(cl.getValue());
        b.term("1.2", "WC/TA", wc, ta.getValue());
        b.term("1.4", "RE/TA", re.getValue(), ta.getValue());
        b.term("3.3", "EBIT/TA", ebit.getValue(), ta.getValue());
        b.term("0.6", "MVE/TL", mve.getValue(), tl.getValue());
        b.term("1.0", "Sales/TA", sales.getValue(), ta.getValue());
        return b.build(Z);
    }

    private static final class Builder {
        final String document;
        final List<KeyFigure> inputs;
        final List<String> terms = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;

        Builder(String document, List<KeyFigure> inputs) {
            this.document = document;
            this.inputs = inputs;
        }

        void term(String weight, String name, BigDecimal num, BigDecimal den) {
            BigDecimal t = new BigDecimal(weight).multiply(num.divide(den, MC));
            sum = sum.add(t);
            terms.add(weight + " x " + name + " = " + weight + " x " + Amounts.plain(num) + " / " + Amounts.plain(den) + " = "
                    + t.setScale(3, RoundingMode.HALF_UP).toPlainString());
        }

        DistressScore build(String variant) {
            List<SourceRef> src = new ArrayList<>();
            List<Figure> figs = new ArrayList<>();
            List<String> all = new ArrayList<>(terms);
            for (KeyFigure k : inputs) {
                if (k.getSource() != null) src.add(k.getSource());
                figs.addAll(k.getFigures());
                all.add("input: " + k.getConcept() + " " + k.describe());
            }
            return new DistressScore(document, variant, sum.setScale(4, RoundingMode.HALF_UP), all, src, figs);
        }
    }

    public String getDocument() { return document; }
    public String getVariant() { return variant; }
    public BigDecimal getValue() { return value; }
    public boolean isZDoublePrime() { return Z_DOUBLE_PRIME.equals(variant); }
    public List<String> getTerms() { return terms; }
    public List<SourceRef> getSources() { return sources; }
    public List<Figure> getFigures() { return figures; }

    @Override public String toString() { return "DistressScore[" + variant + " = " + value + "]"; }
}

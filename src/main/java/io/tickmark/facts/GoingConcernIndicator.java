package io.tickmark.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An ISA 570 event or condition found in a document, with its evidence. {@code family} is the
 * condition (losses, net-current-liabilities, net-liabilities, adverse-ratios, short-term-debt,
 * negative-operating-cash-flow, impairment, revenue-collapse, creditor-pressure, loss-of-licence,
 * key-management, proceedings, doubt-stated); {@code group} is profitability, solvency, liquidity,
 * other or statement. An indicator the document itself shows to be met is {@code counted = false}
 * with {@code offsetBy} naming the resource; it is listed but does not count toward the level.
 */
public final class GoingConcernIndicator {
    private final String document;
    private final String family;
    private final String condition;
    private final String group;
    private final String authority;
    private final List<String> evidence;
    private final boolean counted;
    private final String offsetBy;
    private final List<SourceRef> sources;
    private final List<Figure> figures;

    public GoingConcernIndicator(String document, String family, String condition, String group, String authority,
                                 List<String> evidence, boolean counted, String offsetBy, List<SourceRef> sources,
                                 List<Figure> figures) {
        this.document = document;
        this.family = family;
        this.condition = condition;
        this.group = group;
        this.authority = authority;
        this.evidence = List.copyOf(evidence);
        this.counted = counted;
        this.offsetBy = offsetBy;
        this.sources = List.copyOf(sources);
        this.figures = List.copyOf(figures);
    }

    /** An indicator evidenced by key figures. */
    public static GoingConcernIndicator ofFigures(String family, String condition, String group, String authority, List<KeyFigure> kfs) {
        KeyFigureEvidence e = KeyFigureEvidence.of(kfs);
        return new GoingConcernIndicator(kfs.get(0).getDocument(), family, condition, group, authority, e.descriptions(), true, null,
                e.sources(), e.figures());
    }

    /** An indicator evidenced by key figures with a computed comparison spelled out. */
    public static GoingConcernIndicator ofFigures(String family, String condition, String group, String authority,
                                                  List<KeyFigure> kfs, String computation) {
        GoingConcernIndicator i = ofFigures(family, condition, group, authority, kfs);
        List<String> ev = new ArrayList<>(i.evidence);
        ev.add(computation);
        return new GoingConcernIndicator(i.document, family, condition, group, authority, ev, true, null, i.sources, i.figures);
    }

    /** A shortfall (borrowings due, net current liabilities) set against the liquidity resources the document states. */
    public static GoingConcernIndicator ofShortfall(String family, String condition, String group, String authority, KeyFigure shortfall,
                                                    LiquidityResources res, String against) {
        List<KeyFigure> kfs = new ArrayList<>();
        kfs.add(shortfall);
        kfs.addAll(res.getStated());
        return ofFigures(family, condition, group, authority, kfs,
                "shortfall " + Amounts.format(shortfall.getCurrency(), shortfall.getValue().abs()) + " against " + against);
    }

    /** A movement between two periods, with the change spelled out. */
    public static GoingConcernIndicator ofMovement(String family, String condition, String group, String authority, Movement m) {
        BigDecimal pct = m.getRelativeChange().multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
        return ofFigures(family, condition, group, authority, List.of(m.getCurrent(), m.getPrior()),
                "change " + pct.toPlainString() + "% against the prior period");
    }

    /** An indicator evidenced by a sentence of the narrative. */
    public static GoingConcernIndicator ofEvent(String family, String condition, String group, String authority, NarrativeEvent e) {
        return new GoingConcernIndicator(e.getDocument(), family, condition, group, authority,
                List.of("\"" + Quotes.cut(e.getQuote(), 260) + "\" (" + Positions.describe(e.getSource()) + ")"), true, null,
                List.of(e.getSource()), List.of());
    }

    public static GoingConcernIndicator ofStatement(String authority, GoingConcernStatement s) {
        return new GoingConcernIndicator(s.getDocument(), "doubt-stated", s.getSpeaker() + " states " + s.getPhrase(), "statement",
                authority, List.of("\"" + Quotes.cut(s.getQuote(), 300) + "\" (" + Positions.describe(s.getSource()) + ")"), true, null,
                List.of(s.getSource()), List.of());
    }

    public static GoingConcernIndicator ofRatio(String authority, StatedRatio r, BigDecimal limit) {
        String def = r.getDefinition() != null ? " (" + r.getDefinition() + ")" : "";
        return new GoingConcernIndicator(r.getDocument(), "adverse-ratios", r.getName() + " above " + Amounts.percent(limit), "solvency",
                authority, List.of(r.getName() + def + " stated as " + Amounts.percent(r.getValue())
                + (r.getPrior() != null ? " (prior " + Amounts.percent(r.getPrior()) + ")" : "") + ", limit " + Amounts.percent(limit)
                + " (" + Positions.describe(r.getSource()) + ")"), true, null, List.of(r.getSource()), List.of());
    }

    public static GoingConcernIndicator ofScore(String authority, DistressZone z) {
        DistressScore s = z.getScore();
        List<String> ev = new ArrayList<>();
        ev.add(s.getVariant() + " = " + s.getValue().setScale(2, RoundingMode.HALF_UP) + ": " + z.getZone() + " zone (" + z.getLimits() + ")");
        ev.addAll(s.getTerms());
        return new GoingConcernIndicator(s.getDocument(), "adverse-ratios", s.getVariant() + " in the distress zone", "solvency",
                authority, ev, true, null, s.getSources(), s.getFigures());
    }

    /** The same indicator, listed but not counted: the document shows the resource that meets it. */
    public GoingConcernIndicator offset(String by) {
        return new GoingConcernIndicator(document, family, condition, group, authority, evidence, false, by, sources, figures);
    }

    public String getDocument() { return document; }
    public String getFamily() { return family; }
    public String getCondition() { return condition; }
    public String getGroup() { return group; }
    public String getAuthority() { return authority; }
    public List<String> getEvidence() { return evidence; }
    public boolean isCounted() { return counted; }
    public String getOffsetBy() { return offsetBy; }
    public List<SourceRef> getSources() { return sources; }
    public List<Figure> getFigures() { return figures; }

    @Override public String toString() {
        return "GoingConcernIndicator[" + group + "/" + family + ": " + condition + (counted ? "" : " (offset: " + offsetBy + ")") + " " + evidence + "]";
    }
}

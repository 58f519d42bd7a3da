package io.tickmark.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the one going-concern assessment of a document so that an auditor can read it top to
 * bottom: the level and why, the indicators grouped (profitability, solvency, liquidity, other,
 * statements) with their evidence and positions, the indicators the document itself offsets, the
 * mitigating factors, the going-concern language read (including what was set aside and why) and
 * the distress scores. It formats what the rules decided; it decides nothing.
 */
public final class GoingConcernReport {
    private static final List<String> GROUP_ORDER = List.of("statement", "profitability", "solvency", "liquidity", "other");
    private static final List<String> FAMILY_ORDER = List.of("doubt-stated", "losses", "net-current-liabilities", "net-liabilities",
            "adverse-ratios", "short-term-debt", "negative-operating-cash-flow", "impairment", "revenue-collapse",
            "creditor-pressure", "loss-of-licence", "key-management", "proceedings");
    private static final List<String> ZPP_INPUTS = List.of("TotalCurrentAssets", "TotalCurrentLiabilities", "TotalAssets",
            "RetainedEarnings", "OperatingIncome", "TotalEquity", "TotalLiabilities");

    private GoingConcernReport() {}

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static Finding assessment(Map<String, Object> meta, String document, List levels, List indicators, List mitigants,
                                     List statements, List zones, List keyFigures) {
        List<GoingConcernLevel> lv = (List<GoingConcernLevel>) levels;
        List<GoingConcernIndicator> ind = sorted((List<GoingConcernIndicator>) indicators);
        List<MitigatingFactor> mit = new ArrayList<>((List<MitigatingFactor>) mitigants);
        mit.sort(Comparator.comparing(MitigatingFactor::getKind).thenComparing(MitigatingFactor::getDescription));
        List<String> d = new ArrayList<>();
        Set<String> reasons = new LinkedHashSet<>();
        for (GoingConcernLevel l : lv) reasons.add(l.getReason());
        d.add("Policy: " + String.join("; ", reasons) + " (docs/rules/goingconcern.md)");
        List<GoingConcernIndicator> counted = ind.stream().filter(GoingConcernIndicator::isCounted).toList();
        List<GoingConcernIndicator> offset = ind.stream().filter(i -> !i.isCounted()).toList();
        Set<String> families = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (GoingConcernIndicator i : counted) {
            families.add(i.getFamily());
            groups.add(i.getGroup());
        }
        d.add("Indicators: " + counted.size() + " conditions, " + families.size() + " ISA 570 condition types (" + String.join(", ", families) + ")");
        String group = null;
        for (GoingConcernIndicator i : counted) {
            if (!i.getGroup().equals(group)) {
                group = i.getGroup();
                d.add("  [" + group + "]");
            }
            d.add("    " + i.getCondition() + " - " + i.getFamily() + "; " + i.getAuthority());
            for (String e : i.getEvidence()) d.add("        " + e);
        }
        if (!offset.isEmpty()) {
            d.add("Listed, not counted (the document shows the resource that meets them):");
            for (GoingConcernIndicator i : offset) {
                d.add("  [" + i.getGroup() + "] " + i.getCondition() + " - offset by " + i.getOffsetBy());
                for (String e : i.getEvidence()) d.add("        " + e);
            }
        }
        d.add("Mitigating factors:" + (mit.isEmpty() ? " none stated" : ""));
        for (MitigatingFactor m : mit) {
            d.add("  " + m.getKind() + ": " + m.getDescription());
            for (String e : m.getEvidence()) d.add("        " + e);
        }
        language(d, (List<GoingConcernStatement>) statements);
        scores(d, (List<DistressZone>) zones, (List<KeyFigure>) keyFigures);
        List<SourceRef> src = new ArrayList<>();
        List<Figure> figs = new ArrayList<>();
        for (GoingConcernIndicator i : counted) {
            src.addAll(i.getSources());
            figs.addAll(i.getFigures());
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("conditions", counted.size());
        args.put("types", families.size());
        args.put("groups", groups.isEmpty() ? "none" : String.join(", ", groups));
        args.put("reason", String.join("; ", reasons));
        args.put("mitigants", mit.isEmpty() ? "none stated" : String.join(", ", mit.stream().map(MitigatingFactor::getKind).distinct().toList()));
        return Finding.raise(meta, document, "goingconcern/assessment", args, figs, src, d);
    }

    /** The check recorded when no indicator counts: what was considered and found offset, if anything. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static Check noDoubt(Map<String, Object> meta, String document, List indicators) {
        List<GoingConcernIndicator> ind = (List<GoingConcernIndicator>) indicators;
        String actual = ind.isEmpty() ? "no indicator found"
                : "only indicators offset by the document's own resources: " + String.join("; ",
                ind.stream().map(i -> i.getCondition() + " (offset by " + i.getOffsetBy() + ")").toList());
        return new Check(String.valueOf(meta.get("id")), document, "going-concern assessment", "passed", "document",
                "no counted ISA 570 indicator", actual, List.of());
    }

    /** The contradicted-claim finding for one claim. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static Finding contradictedClaim(Map<String, Object> meta, LiquidityClaim c, List indicators) {
        List<GoingConcernIndicator> ind = sorted((List<GoingConcernIndicator>) indicators).stream()
                .filter(GoingConcernIndicator::isCounted).toList();
        List<String> d = new ArrayList<>();
        d.add("Claim: \"" + Quotes.cut(c.getQuote(), 320) + "\" (" + Positions.describe(c.getSource()) + ")");
        d.add("Contradicted by:");
        for (GoingConcernIndicator i : ind) {
            if (!List.of("liquidity", "solvency", "statement").contains(i.getGroup())) continue;
            d.add("  [" + i.getGroup() + "] " + i.getCondition() + ": " + (i.getEvidence().isEmpty() ? "" : i.getEvidence().get(0)));
        }
        Map<String, Object> args = Map.of("claim", c.getClaim(), "where", Positions.describe(c.getSource()));
        return Finding.raise(meta, c.getDocument(), "goingconcern/claim/" + c.getClaim().toLowerCase(), args, List.of(),
                List.of(c.getSource()), d);
    }

    private static void language(List<String> d, List<GoingConcernStatement> statements) {
        if (statements.isEmpty()) {
            d.add("Going-concern language: no sentence speaks of substantial doubt or a material uncertainty");
            return;
        }
        List<GoingConcernStatement> s = new ArrayList<>(statements);
        s.sort(Comparator.comparing((GoingConcernStatement g) -> !"statement".equals(g.getReading()))
                .thenComparing(g -> g.getSource().getLine()).thenComparing(g -> g.getSource().getColumn()));
        d.add("Going-concern language read:");
        for (GoingConcernStatement g : s) {
            String how = switch (g.getReading()) {
                case "statement" -> "states doubt (" + g.getSpeaker() + ")";
                case "negated" -> "not a statement of doubt: negated";
                case "standard" -> "not a statement of doubt: describes the standard";
                default -> "not a statement of doubt: conditional wording";
            };
            d.add("  " + how + ": \"" + Quotes.cut(g.getQuote(), 220) + "\" (" + Positions.describe(g.getSource()) + ")");
        }
    }

    private static void scores(List<String> d, List<DistressZone> zones, List<KeyFigure> keyFigures) {
        if (!zones.isEmpty()) {
            d.add("Distress scores:");
            for (DistressZone z : zones) d.add("  " + z.describe());
            return;
        }
        Set<String> present = new LinkedHashSet<>();
        for (KeyFigure k : keyFigures) if ("current".equals(k.getRole()) && k.isFromStatements() && k.isAnnual()) present.add(k.getConcept());
        List<String> missing = ZPP_INPUTS.stream().filter(c -> !present.contains(c)).toList();
        d.add("Distress scores: none computed" + (missing.isEmpty() ? "" : "; inputs not in the annual statements: " + String.join(", ", missing))
                + " (absent inputs give no score, never a guess)");
    }

    private static List<GoingConcernIndicator> sorted(List<GoingConcernIndicator> l) {
        List<GoingConcernIndicator> s = new ArrayList<>(l);
        s.sort(Comparator.comparing((GoingConcernIndicator i) -> rank(GROUP_ORDER, i.getGroup()))
                .thenComparing(i -> rank(FAMILY_ORDER, i.getFamily()))
                .thenComparing(GoingConcernIndicator::getCondition)
                .thenComparing(i -> i.getSources().isEmpty() ? 0 : i.getSources().get(0).getLine())
                .thenComparing(i -> i.getSources().isEmpty() ? 0 : i.getSources().get(0).getColumn())
                .thenComparing(i -> String.join("|", i.getEvidence())));
        return s;
    }

    private static int rank(List<String> order, String v) {
        int i = order.indexOf(v);
        return i < 0 ? order.size() : i;
    }
}

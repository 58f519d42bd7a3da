package io.tickmark.facts;

import io.tickmark.util.Regex;
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

    /** The detail line that carries the verdict reports print for the document. */
    public static final String VERDICT = "Verdict: ";

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
        GoingConcernLevel strongest = lv.stream().min(Comparator.comparingInt((GoingConcernLevel l) -> GoingConcernLevel.rank(l.getVerdict()))
                .thenComparing(GoingConcernLevel::getReason)).orElse(null);
        if (strongest != null) d.add(VERDICT + strongest.getVerdict() + ": " + Regex.replaceFirst(strongest.getReason(), "^(?:error|warning|note) because ", ""));
        d.add("Policy: " + String.join("; ", reasons) + " (docs/policy/goingconcern.md)");
        List<GoingConcernIndicator> counted = ind.stream().filter(GoingConcernIndicator::isCounted).toList();
        List<GoingConcernIndicator> offset = ind.stream().filter(i -> !i.isCounted()).toList();
        Set<String> families = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (GoingConcernIndicator i : counted) {
            families.add(i.getFamily());
            groups.add(i.getGroup());
        }
        Map<String, List<GoingConcernIndicator>> conditions = byCondition(counted);
        d.add("Indicators: " + conditions.size() + " conditions of " + families.size() + " ISA 570 condition types (" + String.join(", ", families) + ")");
        String group = null;
        for (List<GoingConcernIndicator> same : conditions.values()) {
            GoingConcernIndicator i = same.get(0);
            if (!i.getGroup().equals(group)) {
                group = i.getGroup();
                d.add("  [" + group + "]");
            }
            d.add("    " + i.getCondition() + " - " + i.getFamily() + "; " + i.getAuthority() + (same.size() > 1 ? " (" + same.size() + " places)" : ""));
            evidence(d, same);
        }
        if (!offset.isEmpty()) {
            d.add("Listed, not counted (the document shows the resource that meets them):");
            for (List<GoingConcernIndicator> same : byCondition(offset).values()) {
                GoingConcernIndicator i = same.get(0);
                d.add("  [" + i.getGroup() + "] " + i.getCondition() + " - offset by " + i.getOffsetBy());
                evidence(d, same);
            }
        }
        d.add("Mitigating factors:" + (mit.isEmpty() ? " none stated" : ""));
        Map<String, List<MitigatingFactor>> byKind = new LinkedHashMap<>();
        for (MitigatingFactor m : mit) byKind.computeIfAbsent(m.getKind(), k -> new ArrayList<>()).add(m);
        for (List<MitigatingFactor> same : byKind.values()) {
            MitigatingFactor m = same.get(0);
            d.add("  " + m.getKind() + ": " + m.getDescription() + (same.size() > 1 ? " (" + same.size() + " places)" : ""));
            Set<String> shown = new LinkedHashSet<>();
            for (MitigatingFactor x : same.subList(0, Math.min(2, same.size()))) shown.addAll(x.getEvidence());
            for (String e : shown) d.add("        " + e);
            if (same.size() > 2) {
                List<String> at = new ArrayList<>();
                for (MitigatingFactor x : same.subList(2, same.size())) if (!x.getSources().isEmpty()) at.add(Positions.describe(x.getSources().get(0)));
                d.add("        ... and " + (same.size() - 2) + " more at: " + String.join("; ", at.subList(0, Math.min(12, at.size()))) + (at.size() > 12 ? "; ..." : ""));
            }
        }
        language(d, (List<GoingConcernStatement>) statements);
        scores(d, (List<DistressZone>) zones, (List<KeyFigure>) keyFigures);
        Set<SourceRef> src = new LinkedHashSet<>();
        Set<Figure> figs = new LinkedHashSet<>();
        for (GoingConcernIndicator i : counted) {
            src.addAll(i.getSources());
            figs.addAll(i.getFigures());
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("conditions", conditions.size());
        args.put("types", families.size());
        args.put("groups", groups.isEmpty() ? "none" : String.join(", ", groups));
        args.put("reason", String.join("; ", reasons));
        args.put("mitigants", mit.isEmpty() ? "none stated" : String.join(", ", mit.stream().map(MitigatingFactor::getKind).distinct().toList()));
        return Finding.raise(meta, document, "goingconcern/assessment", args, new ArrayList<>(figs), new ArrayList<>(src), d);
    }

    /** The check recorded when no indicator counts: what was considered and found offset, if anything. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static Check noDoubt(Map<String, Object> meta, String document, List indicators) {
        List<GoingConcernIndicator> ind = (List<GoingConcernIndicator>) indicators;
        String actual = ind.isEmpty() ? "no indicator found"
                : "only indicators offset by the document's own resources: " + String.join("; ",
                ind.stream().map(i -> i.getCondition() + (i.getFamily().equals("doubt-stated") && !i.getEvidence().isEmpty()
                        ? " " + i.getEvidence().get(0) : "") + " (offset by " + i.getOffsetBy() + ")").toList());
        return new Check(String.valueOf(meta.get("id")), document, "going-concern assessment", "passed", "document",
                "no counted ISA 570 indicator", actual, List.of());
    }

    /** One finding naming every asserted liquidity claim, each quoted and placed, and the indicators that contradict them. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static Finding contradictedClaims(Map<String, Object> meta, String document, List claims, List indicators) {
        List<LiquidityClaim> cs = new ArrayList<>((List<LiquidityClaim>) claims);
        cs.sort(Comparator.comparing((LiquidityClaim c) -> c.getSource().getLine()).thenComparing(c -> c.getSource().getColumn()));
        List<GoingConcernIndicator> ind = sorted((List<GoingConcernIndicator>) indicators).stream()
                .filter(GoingConcernIndicator::isCounted).toList();
        List<String> d = new ArrayList<>();
        d.add("Claims:");
        List<String> named = new ArrayList<>();
        List<SourceRef> src = new ArrayList<>();
        for (LiquidityClaim c : cs) {
            named.add("\"" + c.getClaim() + "\" at " + Positions.describe(c.getSource()));
            d.add("  \"" + Quotes.cut(c.getQuote(), 320) + "\" (" + Positions.describe(c.getSource()) + ")");
            src.add(c.getSource());
        }
        d.add("Contradicted by:");
        for (List<GoingConcernIndicator> same : byCondition(ind).values()) {
            GoingConcernIndicator i = same.get(0);
            if (!List.of("liquidity", "solvency", "statement").contains(i.getGroup())) continue;
            d.add("  [" + i.getGroup() + "] " + i.getCondition() + ": " + (i.getEvidence().isEmpty() ? "" : i.getEvidence().get(0))
                    + (same.size() > 1 ? " (and " + (same.size() - 1) + " more)" : ""));
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("count", cs.size());
        args.put("claims", String.join("; ", named));
        return Finding.raise(meta, document, "goingconcern/claims", args, List.of(), src, d);
    }

    /** Indicators of the same condition together, in report order. */
    private static Map<String, List<GoingConcernIndicator>> byCondition(List<GoingConcernIndicator> sorted) {
        Map<String, List<GoingConcernIndicator>> m = new LinkedHashMap<>();
        for (GoingConcernIndicator i : sorted) m.computeIfAbsent(i.getGroup() + "|" + i.getFamily() + "|" + i.getCondition(), k -> new ArrayList<>()).add(i);
        return m;
    }

    /** The evidence of the first two places in full, the other places by position. */
    private static void evidence(List<String> d, List<GoingConcernIndicator> same) {
        Set<String> shown = new LinkedHashSet<>();
        for (GoingConcernIndicator i : same.subList(0, Math.min(2, same.size()))) shown.addAll(i.getEvidence());
        for (String e : shown) d.add("        " + e);
        if (same.size() > 2) {
            List<String> at = new ArrayList<>();
            for (GoingConcernIndicator i : same.subList(2, same.size())) if (!i.getSources().isEmpty()) at.add(Positions.describe(i.getSources().get(0)));
            List<String> firstAt = at.subList(0, Math.min(12, at.size()));
            d.add("        ... and " + (same.size() - 2) + " more at: " + String.join("; ", firstAt) + (at.size() > firstAt.size() ? "; ..." : ""));
        }
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
        int shown = 0;
        for (GoingConcernStatement g : s) {
            if (++shown > 8) {
                d.add("  ... and " + (s.size() - 8) + " more sentences");
                break;
            }
            String how = switch (g.getReading()) {
                case "statement" -> "states doubt (" + g.getSpeaker() + ")";
                case "negated" -> "not a statement of doubt: negated";
                case "standard" -> "not a statement of doubt: describes the standard";
                case "alleviated" -> "doubt raised and alleviated (" + g.getSpeaker() + ")";
                case "conditional" -> "not a statement of doubt: conditional wording";
                default -> "not a statement of doubt: mentions it without asserting it";
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

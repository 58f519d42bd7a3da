package io.tickmark.extract.keyfigures;

import io.tickmark.util.Regex;
import io.tickmark.extract.Extraction;
import io.tickmark.facts.Figure;
import io.tickmark.facts.KeyFigure;
import io.tickmark.facts.StatedAmount;
import io.tickmark.facts.StatedMaturity;
import io.tickmark.facts.UndrawnFacility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses, for each concept the going-concern rules read, the one figure of the reporting period and
 * of the period before it. Statement figures come first: the consolidated primary statement that
 * states the concept first in the document, its latest period as current and the latest earlier
 * period of the same length as prior. Where the statements do not give a concept, the narrative's
 * stated amount for the entity as a whole (no segment) in the document's main currency is used.
 * Signs are normalised to the concept (a loss is negative). Nothing here judges a figure.
 */
public final class KeyFigureSelector {
    /** Statement concepts read, and the key concept they give (CAS and IFRS names folded together). */
    private static final Map<String, String> STATEMENT_CONCEPTS = new LinkedHashMap<>();

    static {
        for (String c : List.of("NetProfit", "NetProfitAttributableToParent", "OperatingIncome", "Revenue", "TotalCurrentAssets",
                "TotalCurrentLiabilities", "TotalAssets", "TotalLiabilities", "TotalEquity", "RetainedEarnings", "NetCashFromOperating",
                "CashAndEquivalents", "ShortTermBorrowings", "NonCurrentLiabilitiesDueWithinOneYear", "CreditImpairmentLoss",
                "AssetImpairmentLoss")) STATEMENT_CONCEPTS.put(c, c);
        STATEMENT_CONCEPTS.put("OperatingProfit", "OperatingIncome");
        STATEMENT_CONCEPTS.put("TotalOperatingRevenue", "Revenue");
        STATEMENT_CONCEPTS.put("OperatingRevenue", "Revenue");
    }

    /** Narrative concepts read where the statements are silent. */
    private static final List<String> NARRATIVE_CONCEPTS = List.of("NetProfit", "NetProfitAttributableToParent", "OperatingIncome",
            "Revenue", "TotalAssets", "TotalLiabilities", "TotalEquity", "ShareCapital", "Reserves", "RetainedEarnings",
            "NetCashFromOperating", "CashAndEquivalents", "NetCurrentAssets", "Impairment", "MarketValueOfEquity");

    private KeyFigureSelector() {}

    public static List<KeyFigure> select(Extraction ex) {
        String doc = ex.document().getId();
        String currency = ex.document().getCurrency();
        Map<String, KeyFigure[]> chosen = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : STATEMENT_CONCEPTS.entrySet()) {
            if (chosen.containsKey(e.getValue())) continue;
            KeyFigure[] pair = fromStatements(ex, e.getKey(), e.getValue(), currency);
            if (pair != null) chosen.put(e.getValue(), pair);
        }
        derived(doc, chosen, currency);
        List<StatedAmount> stated = ex.otherFacts().stream().filter(StatedAmount.class::isInstance).map(StatedAmount.class::cast).toList();
        String main = mainCurrency(stated);
        for (String concept : NARRATIVE_CONCEPTS) {
            if (chosen.containsKey(concept)) continue;
            if (concept.equals("NetCurrentAssets") && chosen.containsKey("TotalCurrentAssets")) continue;
            fromNarrative(stated, concept, main).ifPresent(p -> chosen.put(concept, p));
        }
        if (!chosen.containsKey("DebtDueWithinOneYear")) {
            ex.otherFacts().stream().filter(StatedMaturity.class::isInstance).map(StatedMaturity.class::cast)
                    .filter(m -> m.isWithinOneYear() && "current".equals(m.getRole()) && m.getCurrency().equals(main)).findFirst()
                    .ifPresent(m -> chosen.put("DebtDueWithinOneYear", new KeyFigure[]{new KeyFigure(doc, "DebtDueWithinOneYear", "current",
                            null, m.getAmount(), m.getCurrency(), "narrative", "borrowings repayable within one year", List.of(), m.getSource()), null}));
        }
        ex.otherFacts().stream().filter(UndrawnFacility.class::isInstance).map(UndrawnFacility.class::cast)
                .filter(u -> !"other".equals(u.getRole()))
                .min(Comparator.comparing((UndrawnFacility u) -> "current".equals(u.getRole()) ? 0 : 1))
                .ifPresent(u -> chosen.put("UndrawnFacilities", new KeyFigure[]{new KeyFigure(doc, "UndrawnFacilities", "current", null,
                        u.getAmount(), u.getCurrency(), "narrative", "undrawn committed facilities", List.of(), u.getSource()), null}));
        List<KeyFigure> out = new ArrayList<>();
        for (KeyFigure[] p : chosen.values()) {
            out.add(p[0]);
            if (p[1] != null) out.add(p[1]);
        }
        return out;
    }

    private static KeyFigure[] fromStatements(Extraction ex, String concept, String key, String currency) {
        List<Figure> all = ex.figures().stream().filter(f -> concept.equals(f.getConcept()) && "consolidated".equals(f.getScope())
                && List.of("balance", "income", "cashflow").contains(f.getStatement()) && f.getPeriod() != null
                && Regex.matches(f.getPeriod(), "\\d{4}-\\d\\d-\\d\\d.*")).toList();
        if (all.isEmpty()) return null;
        Figure firstInDoc = all.stream().min(Comparator.comparingInt((Figure f) -> f.getSource() == null ? 0 : f.getSource().getLine())).get();
        List<Figure> table = all.stream().filter(f -> f.getTable().equals(firstInDoc.getTable())).toList();
        Figure cur = table.stream().max(Comparator.comparing(f -> io.tickmark.normalize.Periods.endOf(f.getPeriod()))).get();
        String len = length(cur.getPeriod());
        Figure prior = table.stream().filter(f -> io.tickmark.normalize.Periods.endOf(f.getPeriod()).isBefore(io.tickmark.normalize.Periods.endOf(cur.getPeriod())) && length(f.getPeriod()).equals(len))
                .max(Comparator.comparing(Figure::getPeriod)).orElse(null);
        return new KeyFigure[]{statement(ex, key, "current", cur, currency), prior == null ? null : statement(ex, key, "prior", prior, currency)};
    }

    private static KeyFigure statement(Extraction ex, String key, String role, Figure f, String currency) {
        return new KeyFigure(ex.document().getId(), key, role, f.getPeriod(), f.getAmount(), currency, "statement",
                f.getLabel() + " (" + f.getTable() + ")", List.of(f), f.getSource());
    }

    private static String length(String period) {
        return Integer.toString(io.tickmark.normalize.Periods.lengthInMonths(period));
    }

    /** Net current assets, borrowings due within one year and impairment charges, as sums of statement figures. */
    private static void derived(String doc, Map<String, KeyFigure[]> chosen, String currency) {
        for (int r = 0; r < 2; r++) {
            KeyFigure ca = at(chosen, "TotalCurrentAssets", r);
            KeyFigure cl = at(chosen, "TotalCurrentLiabilities", r);
            if (ca != null && cl != null && ca.getPeriod().equals(cl.getPeriod())) {
                put(chosen, "NetCurrentAssets", r, combine(doc, "NetCurrentAssets", ca, List.of(ca, cl), ca.getValue().subtract(cl.getValue()),
                        "net current assets (total current assets - total current liabilities)", currency));
            }
            KeyFigure stb = at(chosen, "ShortTermBorrowings", r);
            KeyFigure ncl = at(chosen, "NonCurrentLiabilitiesDueWithinOneYear", r);
            List<KeyFigure> debt = new ArrayList<>();
            if (stb != null) debt.add(stb);
            if (ncl != null && (stb == null || ncl.getPeriod().equals(stb.getPeriod()))) debt.add(ncl);
            if (!debt.isEmpty()) {
                put(chosen, "DebtDueWithinOneYear", r, combine(doc, "DebtDueWithinOneYear", debt.get(0), debt,
                        debt.stream().map(KeyFigure::getValue).reduce(BigDecimal.ZERO, BigDecimal::add),
                        "borrowings due within one year (short-term borrowings + non-current liabilities due within one year)", currency));
            }
            List<KeyFigure> imp = new ArrayList<>();
            KeyFigure cil = at(chosen, "CreditImpairmentLoss", r);
            KeyFigure ail = at(chosen, "AssetImpairmentLoss", r);
            if (cil != null) imp.add(cil);
            if (ail != null && (cil == null || ail.getPeriod().equals(cil.getPeriod()))) imp.add(ail);
            if (!imp.isEmpty()) {
                put(chosen, "Impairment", r, combine(doc, "Impairment", imp.get(0), imp,
                        imp.stream().map(KeyFigureSelector::charge).reduce(BigDecimal.ZERO, BigDecimal::add),
                        "impairment charges (credit and asset impairment losses)", currency));
            }
        }
    }

    /**
     * An impairment line as a charge: where the statement writes losses as negatives ("loss is stated
     * with -"), a positive amount is a reversal, not a charge; elsewhere the line shows the charge.
     */
    private static BigDecimal charge(KeyFigure k) {
        if (k.getLabel().toLowerCase().contains("stated with")) return k.getValue().signum() < 0 ? k.getValue().negate() : BigDecimal.ZERO;
        return k.getValue().abs();
    }

    private static KeyFigure at(Map<String, KeyFigure[]> chosen, String concept, int r) {
        KeyFigure[] p = chosen.get(concept);
        return p == null ? null : p[r];
    }

    private static void put(Map<String, KeyFigure[]> chosen, String concept, int r, KeyFigure k) {
        chosen.computeIfAbsent(concept, c -> new KeyFigure[2])[r] = k;
        if (chosen.get(concept)[0] == null) chosen.remove(concept);
    }

    private static KeyFigure combine(String doc, String concept, KeyFigure like, List<KeyFigure> parts, BigDecimal value, String label,
                                     String currency) {
        List<Figure> figs = new ArrayList<>();
        for (KeyFigure k : parts) figs.addAll(k.getFigures());
        return new KeyFigure(doc, concept, like.getRole(), like.getPeriod(), value, currency, "statement (derived)", label, figs, like.getSource());
    }

    private static Optional<KeyFigure[]> fromNarrative(List<StatedAmount> stated, String concept, String currency) {
        // a market value is stated on the cover "as of" a date inside the year; an undated one is taken as the document's
        return stated.stream().filter(a -> concept.equals(a.getConcept()) && a.getSegment().isEmpty()
                        && ("current".equals(a.getRole()) || concept.equals("MarketValueOfEquity") && "unknown".equals(a.getRole()))
                        && a.getCurrency().equals(currency)).findFirst()
                .map(a -> {
                    BigDecimal v = Signs.signed(concept, a.getMeasure(), a.getValue(), false);
                    KeyFigure cur = new KeyFigure(a.getDocument(), concept, "current", null, v, a.getCurrency(), "narrative", a.getMeasure(),
                            List.of(), a.getSource());
                    KeyFigure prior = a.getPrior() == null ? null : new KeyFigure(a.getDocument(), concept, "prior", a.getPriorLabel(),
                            Signs.signed(concept, a.getMeasure(), a.getPrior(), a.isPriorSignFlipped()), a.getCurrency(), "narrative",
                            a.getMeasure() + " (comparative " + a.getPriorLabel() + ")", List.of(), a.getSource());
                    return new KeyFigure[]{cur, prior};
                });
    }

    private static String mainCurrency(List<StatedAmount> stated) {
        Map<String, Integer> n = new HashMap<>();
        for (StatedAmount a : stated) n.merge(a.getCurrency(), 1, Integer::sum);
        return n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }
}

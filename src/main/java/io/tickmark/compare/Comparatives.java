package io.tickmark.compare;

import io.tickmark.util.Regex;
import io.tickmark.extract.Extraction;
import io.tickmark.facts.Figure;
import io.tickmark.facts.PriorFigure;
import io.tickmark.facts.NewComparativeLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs this year's figures with last year's by {@link FactIdentity} (entity scope, statement or
 * note title, concept or label, period): a pair is a comparative as it was reported last year.
 * This year's current-period figures have no counterpart and are left alone. An identity that
 * occurs more than once in either report (a label repeated within one table) is not paired:
 * which occurrence is which cannot be told without the page.
 */
public final class Comparatives {
    private Comparatives() {}

    /** This year's extraction with the pairs added as facts for its rule session. */
    public static Extraction withPrior(Extraction lastYear, Extraction thisYear) {
        thisYear.otherFacts().addAll(pair(lastYear, thisYear));
        thisYear.otherFacts().addAll(newLines(lastYear, thisYear));
        return thisYear;
    }

    /**
     * This year's figures for past periods on lines last year's report did not show for any period:
     * the lines a comparative may have been split into.
     */
    public static List<NewComparativeLine> newLines(Extraction lastYear, Extraction thisYear) {
        Map<String, Figure> prior = unique(lastYear);
        java.util.Set<String> priorLines = new java.util.HashSet<>();
        for (String id : prior.keySet()) priorLines.add(line(id));
        String lastEnd = reportingEnd(lastYear);
        String thisEnd = reportingEnd(thisYear);
        List<NewComparativeLine> out = new ArrayList<>();
        for (Map.Entry<String, Figure> e : unique(thisYear).entrySet()) {
            Figure c = e.getValue();
            if (c.getPeriod() == null || priorLines.contains(line(e.getKey()))) continue;
            String end = end(c.getPeriod());
            if (lastEnd == null || end.compareTo(lastEnd) > 0 || (thisEnd != null && end.compareTo(thisEnd) >= 0)) continue;
            out.add(new NewComparativeLine(thisYear.document().getId(), c));
        }
        return out;
    }

    /** The pairs, as facts for this year's rule session. */
    public static List<PriorFigure> pair(Extraction lastYear, Extraction thisYear) {
        Map<String, Figure> prior = unique(lastYear);
        Map<String, Figure> current = unique(thisYear);
        Map<String, java.util.Set<java.math.BigDecimal>> priorByLine = byLine(prior);
        String lastEnd = reportingEnd(lastYear);
        String thisEnd = reportingEnd(thisYear);
        List<PriorFigure> out = new ArrayList<>();
        for (Map.Entry<String, Figure> e : current.entrySet()) {
            Figure c = e.getValue();
            Figure p = prior.get(e.getKey());
            if (p == null || c.getPeriod() == null) continue;
            // Only what last year's report stated as past: a schedule of payments due in later years
            // is an estimate made anew each year, not a comparative.
            String end = end(c.getPeriod());
            if (lastEnd == null || end.compareTo(lastEnd) > 0 || (thisEnd != null && end.compareTo(thisEnd) >= 0)) continue;
            // a percentage is compared with a percentage, an amount with an amount
            if (c.isPercent() != p.isPercent()) continue;
            // the same displayed number under different units: one reading missed a unit header
            if (c.getScale() != p.getScale() && c.getValue().compareTo(p.getValue()) == 0) continue;
            // This year's amount is what last year's report gave for another period of the same line:
            // one of the two readings put the columns under the wrong periods, so nothing is compared.
            if (c.getAmount().compareTo(p.getAmount()) != 0 && c.isNonZero()
                    && priorByLine.getOrDefault(line(e.getKey()), java.util.Set.of()).stream().anyMatch(v -> v.compareTo(c.getAmount()) == 0)) {
                continue;
            }
            out.add(new PriorFigure(thisYear.document().getId(), e.getKey(), c, p));
        }
        return out;
    }

    /** The amounts of each line (identity without its period) across periods. */
    private static Map<String, java.util.Set<java.math.BigDecimal>> byLine(Map<String, Figure> figures) {
        Map<String, java.util.Set<java.math.BigDecimal>> out = new HashMap<>();
        for (Map.Entry<String, Figure> e : figures.entrySet()) {
            out.computeIfAbsent(line(e.getKey()), k -> new java.util.TreeSet<>()).add(e.getValue().getAmount());
        }
        return out;
    }

    /** An identity without its period (the period is its last part). */
    private static String line(String identity) {
        int bar = identity.lastIndexOf(" | ");
        return bar < 0 ? identity : identity.substring(0, bar);
    }

    /** The latest period end the primary statements show: the end of the reporting period. */
    static String reportingEnd(Extraction ex) {
        String latest = null;
        for (Figure f : ex.figures()) {
            if (f.getPeriod() == null || f.getStatement() == null || f.getStatement().equals("note")
                    || f.getStatement().equals("disclosure")) continue;
            String e = end(f.getPeriod());
            if (!Regex.matches(e, "\\d{4}-\\d{2}-\\d{2}")) continue;
            if (latest == null || e.compareTo(latest) > 0) latest = e;
        }
        return latest;
    }

    private static String end(String period) {
        int slash = period.indexOf('/');
        return slash < 0 ? period : period.substring(0, slash);
    }

    /** Figures by identity, without the identities that occur more than once. */
    static Map<String, Figure> unique(Extraction ex) {
        Map<String, String> tables = FactIdentity.tableKeys(ex.tables(), ex.figures());
        Map<String, Figure> out = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (Figure f : ex.figures()) {
            String id = FactIdentity.of(f, tables);
            count.merge(id, 1, Integer::sum);
            out.put(id, f);
        }
        count.forEach((id, n) -> {
            if (n > 1) out.remove(id);
        });
        return out;
    }
}

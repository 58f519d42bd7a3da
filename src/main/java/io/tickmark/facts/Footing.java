package io.tickmark.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A relation bound to concrete figures of one column (or row): the total, the parts, their weighted
 * sum and the tolerance that the figures' displayed precision allows. It does the arithmetic only;
 * rules decide what the difference means.
 *
 * <p>Tolerance: for figures rounded to a unit (thousands, millions, whole currency units) a total may
 * differ from the sum of its n parts by up to (n+1)/2 units. Figures shown to the cent must agree
 * exactly; a difference of at most n/2 cents is a rounding allowance (translated or computed
 * amounts) that rules report as a note.
 */
public final class Footing {
    private final Relation relation;
    private final Figure total;
    private final List<Figure> parts;
    private final BigDecimal sum;
    private final BigDecimal difference;
    private final BigDecimal tolerance;
    private final BigDecimal roundingAllowance;
    private final int nonZeroParts;

    public Footing(Relation relation, Figure total, List<Figure> parts, Map<String, Integer> weights) {
        this.relation = relation;
        this.total = total;
        List<Figure> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparing(Figure::getId));
        this.parts = List.copyOf(sorted);
        BigDecimal s = BigDecimal.ZERO;
        int nz = 0;
        // the coarsest displayed unit among the figures: twice the largest half unit (doubled once, not per part)
        BigDecimal coarsestHalf = total.getHalfUnit();
        for (Figure p : sorted) {
            int w = weights.getOrDefault(keyOf(relation, p), 1);
            // a weight of one leaves the amount as it is (value and scale): most parts are added as stated
            s = s.add(w == 1 ? p.getAmount() : p.getAmount().multiply(BigDecimal.valueOf(w)));
            if (p.isNonZero()) nz++;
            BigDecimal ph = p.getHalfUnit();
            if (ph.compareTo(coarsestHalf) > 0) coarsestHalf = ph;
        }
        BigDecimal unit = coarsestHalf.multiply(BigDecimal.valueOf(2));
        this.sum = s;
        this.nonZeroParts = nz;
        this.difference = total.getAmount().subtract(s);
        int n = sorted.size();
        boolean cents = unit.compareTo(new BigDecimal("0.01")) <= 0;
        BigDecimal halfN = unit.multiply(BigDecimal.valueOf(n)).divide(BigDecimal.valueOf(2));
        if (cents) {
            this.tolerance = BigDecimal.ZERO;
            this.roundingAllowance = halfN;
        } else {
            this.tolerance = unit.multiply(BigDecimal.valueOf(n + 1L)).divide(BigDecimal.valueOf(2));
            this.roundingAllowance = this.tolerance;
        }
    }

    /** The key under which a figure takes part in the relation. */
    public static String keyOf(Relation r, Figure f) {
        return switch (r.getKind()) {
            case "rows" -> f.getRowKey();
            case "columns" -> f.getColumnKey();
            default -> f.getConcept();
        };
    }

    public static Footing of(Relation r, Figure total, List<Figure> parts) {
        Map<String, Integer> w = new LinkedHashMap<>();
        for (Operand o : r.getParts()) w.put(o.getKey(), o.getWeight());
        return new Footing(r, total, parts, w);
    }

    public Relation getRelation() { return relation; }
    public Figure getTotal() { return total; }
    public List<Figure> getParts() { return parts; }
    public BigDecimal getSum() { return sum; }
    public BigDecimal getDifference() { return difference; }
    public BigDecimal getAbsDifference() { return difference.abs(); }
    public BigDecimal getTolerance() { return tolerance; }
    public BigDecimal getRoundingAllowance() { return roundingAllowance; }
    public int getNonZeroParts() { return nonZeroParts; }
    public boolean isTotalNonZero() { return total.isNonZero(); }
    public String getRelationId() { return relation.getId(); }
    /** The group of readings this footing is one of; footings of one group over one total figure are one verification. */
    public String getGroup() { return relation.getGroup(); }
    public boolean isAmbiguous() { return relation.isAmbiguous(); }
    public String getTotalId() { return total.getId(); }
    /**
     * Whether a label names the total. A line of figures under a run of items, with no words of its own,
     * is read as their subtotal ({@link Figure#UNLABELLED_SUBTOTAL}), but the layout allows other
     * readings (the row above continued on a second line, a subtotal over another run): such a reading
     * is judged only where another column or row confirms it (rules/consistency/Footing.drl).
     */
    public boolean isTotalNamed() { return !Figure.UNLABELLED_SUBTOTAL.equals(total.getLabel()); }
    /** Whether the parts add up to the total within the rounding of its displayed precision. */
    public boolean isFoots() { return getAbsDifference().compareTo(tolerance) <= 0; }
    /** Whether the difference is at most the rounding allowance (cents of translated or computed amounts). */
    /**
     * Whether this footing confirms its reading of the layout: it foots, and its total is large against
     * the rounding tolerance (at least ten times it), so the agreement is not the chance agreement of
     * figures of a few units ("(17) + 13" against "(3)" foots within the tolerance of two rounded parts).
     */
    public boolean isConfirming() {
        if (!isFoots()) return false;
        BigDecimal unit = total.getHalfUnit().multiply(BigDecimal.valueOf(2));
        BigDecimal margin = tolerance.max(unit).multiply(BigDecimal.TEN);
        return total.getAmount().abs().compareTo(margin) >= 0;
    }

    /**
     * Whether this binding of the reading confirms it for {@code other}, a binding of the same reading
     * that does not foot. It must confirm the reading ({@link #isConfirming()}), and no part that is nil
     * here and stated in {@code other} may account for {@code other}'s difference on its own: a column
     * in which a part is nil says nothing of whether that part belongs to the total. A share-count
     * column summed into "Total equity" by a misread header foots in every row where no shares moved
     * and, in every row where they did, fails by exactly the shares; a slip in one figure fails by its
     * own amount, which a part nil elsewhere matches only by chance (docs/adr/0006).
     */
    public boolean confirmsFor(Footing other) {
        if (!isConfirming()) return false;
        Set<String> here = new HashSet<>();
        for (Figure p : parts) if (p.isNonZero()) here.add(keyOf(relation, p));
        for (Figure p : other.parts) {
            String key = keyOf(other.relation, p);
            if (!p.isNonZero() || here.contains(key)) continue;
            BigDecimal without = other.difference.add(p.getAmount().multiply(BigDecimal.valueOf(other.relation.weightOf(key))));
            if (without.abs().compareTo(other.tolerance) <= 0) return false;
        }
        return true;
    }

    public boolean isWithinRounding() { return getAbsDifference().compareTo(roundingAllowance) <= 0; }
    /** Counts towards a verification: every required operand found and at least two non-zero figures. */
    public boolean isVerifiable() { return isComplete() && getNonZeroFigures() >= 2; }
    /**
     * Whether the total's column is a period (a year, a quarter): columns of one statement that are
     * periods repeat its structure, where columns that are not (reported, adjustments, non-GAAP) may not.
     */
    public boolean isDated() { return total.getPeriod() != null; }

    /**
     * Whether every operand the relation requires was found. A statement laid out in another form
     * (no "total operating costs" line) does not verify a relation written for the first form.
     */
    public boolean isComplete() {
        for (Operand o : relation.getParts()) {
            if (!o.isRequired()) continue;
            boolean found = false;
            for (Figure p : parts) if (keyOf(relation, p).equals(o.getKey())) found = true;
            if (!found) return false;
        }
        return true;
    }
    /** Non-zero figures in the relation, total included: a verification needs at least two. */
    public int getNonZeroFigures() { return nonZeroParts + (total.isNonZero() ? 1 : 0); }
    public String getDocument() { return total.getDocument(); }

    /** Every figure involved, total first: the evidence of any check on this footing. */
    public List<Figure> getEvidence() {
        List<Figure> all = new ArrayList<>();
        all.add(total);
        all.addAll(parts);
        return all;
    }

    /** Identity of the verification: one relation in one column (or row). */
    public String getKey() {
        return relation.getGroup() + "@" + ("columns".equals(relation.getKind()) ? "r" + total.getRow() : total.getPeriod() + "/" + total.getColumnLabel());
    }

    public Map<String, Object> getArgs() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total.getLabel());
        m.put("column", total.getColumnLabel());
        m.put("stated", MessageTemplate.amount(total.getAmount()));
        m.put("sum", MessageTemplate.amount(sum));
        m.put("difference", MessageTemplate.amount(difference));
        m.put("n", parts.size());
        m.put("relation", relation.getDescription());
        return m;
    }
}

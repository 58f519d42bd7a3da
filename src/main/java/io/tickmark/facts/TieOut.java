package io.tickmark.facts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same figure stated in two places (same document, entity scope, concept and period). The
 * tolerance is the rounding of the coarser of the two displayed precisions.
 */
public final class TieOut {
    private final Figure first;
    private final Figure second;
    private final BigDecimal difference;
    private final BigDecimal tolerance;

    public TieOut(Figure a, Figure b) {
        boolean aFirst = a.getId().compareTo(b.getId()) <= 0;
        this.first = aFirst ? a : b;
        this.second = aFirst ? b : a;
        this.difference = first.getAmount().subtract(second.getAmount());
        this.tolerance = first.getHalfUnit().max(second.getHalfUnit()).multiply(BigDecimal.valueOf(2))
                .compareTo(new BigDecimal("0.01")) <= 0 ? BigDecimal.ZERO : first.getHalfUnit().max(second.getHalfUnit());
    }

    public Figure getFirst() { return first; }
    public Figure getSecond() { return second; }
    public BigDecimal getDifference() { return difference; }
    public BigDecimal getAbsDifference() { return difference.abs(); }
    public BigDecimal getTolerance() { return tolerance; }
    public String getDocument() { return first.getDocument(); }
    public List<Figure> getEvidence() { return List.of(first, second); }
    public String getKey() { return "tie:" + first.getScope() + ":" + first.getConcept() + ":" + first.getPeriod() + ":" + first.getTable() + "~" + second.getTable(); }

    public Map<String, Object> getArgs() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("concept", first.getConcept());
        m.put("period", first.getPeriod());
        m.put("first", MessageTemplate.amount(first.getAmount()));
        m.put("second", MessageTemplate.amount(second.getAmount()));
        m.put("firstWhere", first.getTable() + " " + first.getSource().describe());
        m.put("secondWhere", second.getTable() + " " + second.getSource().describe());
        m.put("difference", MessageTemplate.amount(difference));
        return m;
    }
}

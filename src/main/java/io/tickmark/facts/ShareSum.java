package io.tickmark.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A total share against the sum of its shown parts. Rounding policy: n shares each shown to d
 * decimals may sum to their total within n half-units (n x 0.05 at one decimal), because each part
 * carries up to half a unit of rounding. Arithmetic only: the rules judge.
 */
public final class ShareSum {
    private final StatedShare total;
    private final List<StatedShare> parts;
    private final BigDecimal sum;
    private final BigDecimal tolerance;

    public ShareSum(StatedShare total, List<StatedShare> parts) {
        this.total = total;
        List<StatedShare> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingInt(StatedShare::getRow));
        this.parts = List.copyOf(sorted);
        BigDecimal s = BigDecimal.ZERO;
        BigDecimal tol = BigDecimal.ZERO;
        for (StatedShare p : sorted) {
            s = s.add(p.getValue());
            tol = tol.add(p.getHalfUnit());
        }
        this.sum = s;
        this.tolerance = tol;
    }

    public static ShareSum of(StatedShare total, List<StatedShare> parts) { return new ShareSum(total, parts); }

    public StatedShare getTotal() { return total; }
    public List<StatedShare> getParts() { return parts; }
    public BigDecimal getSum() { return sum; }
    public BigDecimal getDifference() { return total.getValue().subtract(sum); }
    public BigDecimal getAbsDifference() { return getDifference().abs(); }
    public BigDecimal getTolerance() { return tolerance; }
    public String getDocument() { return total.getDocument(); }
    public String getKey() { return "shares:" + total.getTable() + "@r" + total.getRow() + "c" + total.getColumn(); }
    /** Parts found against parts the table shows: a sum is checked only when every part was read. */
    public boolean isComplete() { return parts.size() == total.getPartCount(); }

    public Map<String, Object> getArgs() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total.getLabel());
        m.put("column", total.getColumnLabel());
        m.put("table", total.getTable());
        m.put("stated", total.getValue().toPlainString() + "%");
        m.put("sum", sum.toPlainString() + "%");
        m.put("n", parts.size());
        m.put("tolerance", tolerance.toPlainString());
        m.put("difference", getDifference().toPlainString());
        return m;
    }
}

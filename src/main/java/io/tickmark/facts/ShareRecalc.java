package io.tickmark.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stated share recomputed from the amounts it is a share of: numerator / base x 100.
 *
 * <p>Tolerance: half a displayed unit of the share (0.05 at one decimal), times the number of parts
 * for a total share (the rounding policy: n x 0.05), plus what the rounding of the amounts
 * themselves can move the ratio when they are shown in thousands or millions (half a unit of each,
 * propagated). Amounts in whole units (head counts, full RMB) are taken as exact.
 */
public final class ShareRecalc {
    private static final MathContext MC = new MathContext(12, RoundingMode.HALF_EVEN);
    private final StatedShare share;
    private final Figure numerator;
    private final Figure base;
    private final BigDecimal recomputed;
    private final BigDecimal tolerance;

    public ShareRecalc(StatedShare share, Figure numerator, Figure base) {
        this.share = share;
        this.numerator = numerator;
        this.base = base;
        BigDecimal a = numerator.getAmount();
        BigDecimal b = base.getAmount();
        this.recomputed = a.multiply(BigDecimal.valueOf(100)).divide(b, MC);
        BigDecimal half = share.getHalfUnit().multiply(BigDecimal.valueOf(share.isTotal() ? Math.max(1, share.getPartCount()) : 1));
        BigDecimal relative = BigDecimal.ZERO;
        if (numerator.getScale() > 1 && a.signum() != 0) relative = relative.add(numerator.getHalfUnit().divide(a.abs(), MC));
        if (base.getScale() > 1) relative = relative.add(base.getHalfUnit().divide(b.abs(), MC));
        this.tolerance = half.add(recomputed.abs().multiply(relative, MC));
    }

    public static ShareRecalc of(StatedShare share, Figure numerator, Figure base) { return new ShareRecalc(share, numerator, base); }

    public StatedShare getShare() { return share; }
    public Figure getNumerator() { return numerator; }
    public Figure getBase() { return base; }
    public BigDecimal getRecomputed() { return recomputed; }
    public BigDecimal getDifference() { return share.getValue().subtract(recomputed); }
    public BigDecimal getAbsDifference() { return getDifference().abs(); }
    public BigDecimal getTolerance() { return tolerance; }
    public String getDocument() { return share.getDocument(); }
    public String getKey() { return "share:" + share.getTable() + "@r" + share.getRow() + "c" + share.getColumn(); }
    public List<Figure> getEvidence() { return List.of(numerator, base); }

    public Map<String, Object> getArgs() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", share.getLabel());
        m.put("column", share.getColumnLabel());
        m.put("table", share.getTable());
        m.put("stated", share.getValue().toPlainString() + "%");
        m.put("numerator", numerator.getValue().toPlainString());
        m.put("base", base.getValue().toPlainString());
        m.put("baseLabel", share.getBaseLabel());
        m.put("recomputed", recomputed.setScale(Math.max(2, share.getDecimals() + 2), RoundingMode.HALF_UP).toPlainString() + "%");
        m.put("difference", getDifference().setScale(Math.max(2, share.getDecimals() + 2), RoundingMode.HALF_UP).toPlainString());
        return m;
    }
}

package io.tickmark.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One depreciation rate of an accounting-policy table, with the useful life and residual value
 * rate it is stated beside ("Electronic equipment | 5 | 5.00 | 19.00"). Straight-line depreciation
 * gives (100% − residual) / life a year; the {@code wording} rules compare that with the stated
 * rate at the precision the rate is written to.
 */
public final class DepreciationRate {
    private final String document;
    private final String category;
    private final BigDecimal life;
    private final BigDecimal residual;
    private final BigDecimal stated;
    private final int decimals;
    private final String row;
    private final SourceRef source;

    public DepreciationRate(String document, String category, BigDecimal life, BigDecimal residual, BigDecimal stated,
                            int decimals, String row, SourceRef source) {
        this.document = document;
        this.category = category;
        this.life = life;
        this.residual = residual;
        this.stated = stated;
        this.decimals = decimals;
        this.row = row;
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getCategory() { return category; }
    public BigDecimal getLife() { return life; }
    public BigDecimal getResidual() { return residual; }
    public BigDecimal getStated() { return stated; }
    public String getRow() { return row; }
    public SourceRef getSource() { return source; }

    /** (100 − residual) / life, in percent a year. */
    public BigDecimal getExpected() {
        return BigDecimal.valueOf(100).subtract(residual).divide(life, MathContext.DECIMAL64);
    }

    public BigDecimal getAbsDeviation() { return stated.subtract(getExpected()).abs(); }

    /** Half of the last digit the rate is written to. */
    public BigDecimal getTolerance() { return BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2)); }

    public Map<String, Object> getArgs() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("category", category);
        m.put("stated", stated.toPlainString() + "%");
        m.put("life", life.stripTrailingZeros().toPlainString());
        m.put("residual", residual.toPlainString() + "%");
        m.put("expected", getExpected().setScale(Math.max(decimals, 2) + 1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%");
        m.put("where", source == null ? "" : source.describe());
        return m;
    }

    public Check toCheck(Map<String, Object> meta, String outcome) {
        return new Check(String.valueOf(meta.get("id")), document, "depreciation:" + category + ":" + life + ":" + residual,
                outcome, source == null ? "" : source.describe(), getExpected().toPlainString(), stated.toPlainString(), List.of());
    }

    public Finding toFinding(Map<String, Object> meta) {
        List<SourceRef> sources = source == null ? List.of() : List.of(source);
        return Finding.raise(meta, document, "depreciation/" + category + "/" + life.toPlainString(), getArgs(), List.of(), sources,
                List.of("row: \"" + row + "\" (" + (source == null ? "" : source.describe()) + ")"));
    }
}

package io.tickmark.facts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The company's share count or registered capital as the text states it ("the Company has issued a
 * total of 426,051,000 shares, with a registered capital of CNY 426,051,000"), with the precision
 * it is written to. The {@code wording} rules compare it with the share capital the balance sheet
 * states.
 */
public final class StatedShareCapital {
    private final String document;
    private final BigDecimal shares;
    private final BigDecimal amount;
    private final BigDecimal halfUnit;
    private final String quote;
    private final SourceRef source;

    /**
     * @param amount   the registered (share) capital in currency units, or null when only shares are stated
     * @param halfUnit half of the last unit the amount is written to (0.5 for whole units, 50,000 for "0.1 million")
     */
    public StatedShareCapital(String document, BigDecimal shares, BigDecimal amount, BigDecimal halfUnit, String quote,
                              SourceRef source) {
        this.document = document;
        this.shares = shares;
        this.amount = amount;
        this.halfUnit = halfUnit;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public BigDecimal getShares() { return shares; }
    public BigDecimal getAmount() { return amount; }
    public BigDecimal getHalfUnit() { return halfUnit; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }
    public boolean isAmountStated() { return amount != null; }

    /** How far the stated capital is from a figure, in currency units. */
    public BigDecimal deviationFrom(Figure f) {
        return amount == null ? BigDecimal.ZERO : amount.subtract(f.getAmount()).abs();
    }

    /** The rounding both may carry: the coarser of the text's and the figure's precision. */
    public BigDecimal toleranceWith(Figure f) {
        return halfUnit.max(f.getHalfUnit());
    }

    public Map<String, Object> args(Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stated", amount == null ? "" : MessageTemplate.amount(amount));
        m.put("where", source == null ? "" : source.describe());
        m.put("label", f.getLabel());
        m.put("figure", MessageTemplate.amount(f.getAmount()));
        m.put("period", f.getPeriod());
        m.put("figureWhere", f.getTable() + " " + (f.getSource() == null ? "" : f.getSource().describe()));
        m.put("difference", MessageTemplate.amount(amount == null ? BigDecimal.ZERO : amount.subtract(f.getAmount())));
        return m;
    }

    public Check toCheck(Map<String, Object> meta, Figure f, String outcome) {
        return new Check(String.valueOf(meta.get("id")), document, "share-capital:" + f.getId(), outcome,
                source == null ? "" : source.describe(), amount == null ? "" : amount.toPlainString(),
                f.getAmount().toPlainString(), List.of(f));
    }

    public Finding toFinding(Map<String, Object> meta, Figure f) {
        List<SourceRef> sources = source == null ? List.of() : List.of(source);
        return Finding.raise(meta, document, f.getScope() + "/share-capital/" + f.getPeriod(), args(f), List.of(f), sources,
                List.of("text: \"" + quote + "\" (" + (source == null ? "" : source.describe()) + ")"));
    }
}

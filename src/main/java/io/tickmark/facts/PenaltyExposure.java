package io.tickmark.facts;

import java.math.BigDecimal;

/**
 * The range of penalties a non-compliance exposes the group to, computed from the statute's
 * parameters: for fines per item, count x minimum to count x maximum. Derived by the rules.
 */
public final class PenaltyExposure {
    private final String document;
    private final String subject;
    private final int count;
    private final BigDecimal perItemMin;
    private final BigDecimal perItemMax;
    private final String authority;

    public PenaltyExposure(String document, String subject, int count, BigDecimal perItemMin, BigDecimal perItemMax,
                           String authority) {
        this.document = document;
        this.subject = subject;
        this.count = count;
        this.perItemMin = perItemMin;
        this.perItemMax = perItemMax;
        this.authority = authority;
    }

    public static PenaltyExposure perItem(String document, String subject, int count, LegalParameter min, LegalParameter max) {
        return new PenaltyExposure(document, subject, count, min.getValue(), max.getValue(), max.getReference());
    }

    public String getDocument() { return document; }
    public String getSubject() { return subject; }
    public int getCount() { return count; }
    public BigDecimal getPerItemMin() { return perItemMin; }
    public BigDecimal getPerItemMax() { return perItemMax; }
    public BigDecimal getMin() { return perItemMin.multiply(BigDecimal.valueOf(count)); }
    public BigDecimal getMax() { return perItemMax.multiply(BigDecimal.valueOf(count)); }
    public String getAuthority() { return authority; }
}

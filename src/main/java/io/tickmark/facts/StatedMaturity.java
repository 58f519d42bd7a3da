package io.tickmark.facts;

import java.math.BigDecimal;

/** Part of the borrowings the text says falls due in a time band: "RMB286,595,000 was repayable within one year". */
public final class StatedMaturity {
    private final String document;
    private final String bucket;
    private final boolean withinOneYear;
    private final BigDecimal amount;
    private final String currency;
    private final String role;
    private final String quote;
    private final SourceRef source;

    public StatedMaturity(String document, String bucket, boolean withinOneYear, BigDecimal amount, String currency,
                          String role, String quote, SourceRef source) {
        this.document = document;
        this.bucket = bucket;
        this.withinOneYear = withinOneYear;
        this.amount = amount;
        this.currency = currency;
        this.role = role;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getBucket() { return bucket; }
    public boolean isWithinOneYear() { return withinOneYear; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public String getRole() { return role; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }

    @Override public String toString() {
        return "StatedMaturity[" + bucket + " " + Amounts.format(currency, amount) + " " + role + " @" + Positions.describe(source) + "]";
    }
}

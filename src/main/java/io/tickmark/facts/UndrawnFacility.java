package io.tickmark.facts;

import java.math.BigDecimal;

/** Committed facilities the text says are available and not drawn: "facilities available to but not utilized ... RMB9,933,000". */
public final class UndrawnFacility {
    private final String document;
    private final BigDecimal amount;
    private final String currency;
    private final String role;
    private final String quote;
    private final SourceRef source;

    public UndrawnFacility(String document, BigDecimal amount, String currency, String role, String quote, SourceRef source) {
        this.document = document;
        this.amount = amount;
        this.currency = currency;
        this.role = role;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public String getRole() { return role; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }

    @Override public String toString() {
        return "UndrawnFacility[" + Amounts.format(currency, amount) + " " + role + " @" + Positions.describe(source) + "]";
    }
}

package io.tickmark.facts;

/**
 * An event or condition the narrative reports, as read from its language: {@code kind} is one of
 * creditor-demand, credit-tightening, licence-loss, customer-or-supplier-loss, management-arrest,
 * management-departure, insolvency-proceedings, trial, new-financing, asset-disposal,
 * loan-rescheduled. {@code reading} is {@code asserted}, {@code conditional} or {@code negated}:
 * only asserted events are indicators or mitigants; the others are kept so a report can show what
 * was read and set aside.
 */
public final class NarrativeEvent {
    private final String document;
    private final String kind;
    private final String reading;
    private final String matched;
    private final String quote;
    private final SourceRef source;

    public NarrativeEvent(String document, String kind, String reading, String matched, String quote, SourceRef source) {
        this.document = document;
        this.kind = kind;
        this.reading = reading;
        this.matched = matched;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getKind() { return kind; }
    public String getReading() { return reading; }
    public boolean isAsserted() { return "asserted".equals(reading); }
    public String getMatched() { return matched; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }

    @Override public String toString() { return "NarrativeEvent[" + kind + ", " + reading + ": \"" + matched + "\" @" + Positions.describe(source) + "]"; }
}

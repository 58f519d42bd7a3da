package io.tickmark.facts;

/**
 * A sentence that speaks of substantial doubt, significant doubt or a material uncertainty about the
 * ability to continue as a going concern, with how it reads: {@code statement} (it asserts the doubt
 * or uncertainty exists), {@code negated} ("did not identify any matters that may cast significant
 * doubt"), {@code standard} (a description of what a standard requires) or {@code conditional}
 * (risk-factor wording: "could", "may", "if"). {@code speaker} is management, auditor, or both.
 */
public final class GoingConcernStatement {
    private final String document;
    private final String phrase;
    private final String reading;
    private final String speaker;
    private final String quote;
    private final SourceRef source;

    public GoingConcernStatement(String document, String phrase, String reading, String speaker, String quote, SourceRef source) {
        this.document = document;
        this.phrase = phrase;
        this.reading = reading;
        this.speaker = speaker;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getPhrase() { return phrase; }
    public String getReading() { return reading; }
    public String getSpeaker() { return speaker; }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }

    @Override public String toString() {
        return "GoingConcernStatement[" + reading + ", " + speaker + ", " + phrase + ": " + quote + " @" + Positions.describe(source) + "]";
    }
}

package io.tickmark.facts;

import java.time.LocalDate;

/**
 * A reference date the document states about itself: its latest practicable date
 * ({@code latest-practicable-date}) or the end of the last period it reports on ({@code period-end}).
 * Expiry windows are measured from it when no {@code --as-of} is given.
 */
public final class StatedDate {
    public static final String LATEST_PRACTICABLE_DATE = "latest-practicable-date";
    public static final String PERIOD_END = "period-end";

    private final String document;
    private final String kind;
    private final LocalDate date;
    private final String quote;
    private final SourceRef source;

    public StatedDate(String document, String kind, LocalDate date, String quote, SourceRef source) {
        this.document = document;
        this.kind = kind;
        this.date = date;
        this.quote = quote;
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getKind() { return kind; }
    public LocalDate getDate() { return date; }
    public long getEpochDay() { return date.toEpochDay(); }
    public String getQuote() { return quote; }
    public SourceRef getSource() { return source; }
}

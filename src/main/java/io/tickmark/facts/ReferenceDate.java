package io.tickmark.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The date against which expiry is judged for one document, and the window after it: derived by
 * the rules from {@code --as-of} or from a date the document states, never guessed.
 */
public final class ReferenceDate {
    private final String document;
    private final LocalDate date;
    private final String basis;
    private final int windowMonths;

    public ReferenceDate(String document, LocalDate date, String basis, int windowMonths) {
        this.document = document;
        this.date = date;
        this.basis = basis;
        this.windowMonths = windowMonths;
    }

    /** @param windowMonths the profile's expiry window, a whole number of months */
    public static ReferenceDate of(String document, LocalDate date, String basis, BigDecimal windowMonths) {
        return new ReferenceDate(document, date, basis, windowMonths.intValueExact());
    }

    public String getDocument() { return document; }
    public LocalDate getDate() { return date; }
    public String getBasis() { return basis; }
    public int getWindowMonths() { return windowMonths; }
    public long getEpochDay() { return date.toEpochDay(); }
    /** Last day of the window, included: 2022-06-30 with 12 months gives 2023-06-30. */
    public LocalDate getWindowEnd() { return date.plusMonths(windowMonths); }
    public long getWindowEndEpochDay() { return getWindowEnd().toEpochDay(); }
}

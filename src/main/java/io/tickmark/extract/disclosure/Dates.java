package io.tickmark.extract.disclosure;

import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
import io.tickmark.normalize.Periods;

import java.time.LocalDate;
import java.util.Locale;

/** Dates as listing documents write them: "30 July 2021", "July 30, 2021", "2021-07-30". */
public final class Dates {
    static final String DATE = "(\\d{1,2}\\s+[A-Za-z]{3,9},?\\s+\\d{4}|[A-Za-z]{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})";

    private Dates() {}

    /** The date in a cell or phrase, or null ("Long term", "N/A", unreadable). */
    public static LocalDate parse(String s) {
        if (s == null) return null;
        String t = Spaces.collapse(s.toLowerCase(Locale.ROOT).replace(',', ' ')).trim();
        return Periods.dateIn(t);
    }
}

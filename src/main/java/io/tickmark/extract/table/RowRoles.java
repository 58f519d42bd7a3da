package io.tickmark.extract.table;

import io.tickmark.util.Regex;
import java.util.Locale;
import java.util.regex.Pattern;

/** Row and column roles in movement schedules: opening, increase, decrease, ending, book value. */
public enum RowRoles {
    NET_CHANGE("^(decrease/increase|increase/decrease|increase/\\(decrease\\)|increase \\(decrease\\)|net (increase|decrease|change)|changes? (in|during) the (period|year)|net current period|(increase|decrease)(/\\((decrease|increase)\\))? in cash).*"),
    OPENING("^(opening balance|opening|balance at the beginning|beginning balances?|balance at beginning|at beginning|beginning of (the )?(period|year)|balance as at 1 )\\b.*"),
    INCREASE("^(amount )?increase(d)?( in| during)?( the)?( reporting| current)?( period| year)?.*|^additions?.*|^increase.*"),
    DECREASE("^(amount )?decrease(d)?( in| during)?( the)?( reporting| current)?( period| year)?.*|^(reductions?|deductions?)\\b.*|^decrease.*"),
    ENDING("^(ending balance|ending|closing balance|closing|balance at the end|ending balances?|balance at end|at end|end of (the )?(period|year))\\b.*"),
    /** "Balance at December 31, 2021", "Balances as of April 30, 2023": ends one period and opens the next. */
    DATED_BALANCE("^balances?,? (as of|at|as at) .*\\b(19|20)\\d\\d\\b.*"),
    BOOK_VALUE_END("^(ending book value|book value at the end.*|closing book value|closing net book value|net book value at the end.*|carrying amount at the end.*)$"),
    BOOK_VALUE_OPEN("^(opening book value|book value at the beginning.*|opening net book value|net book value at the beginning.*|carrying amount at the beginning.*)$");

    private final Pattern pattern;

    RowRoles(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    public static RowRoles of(String label) {
        String t = Regex.replaceAll(Labels.strip(label).toLowerCase(Locale.ROOT), "[:：]$", "").trim();
        // "Total shareholders' equity, ending balances": a balance named after the caption it closes.
        boolean balance = t.contains("balance"); // both forms name a balance: most labels are out before the patterns
        if (balance && Regex.matches(t, ".*,\\s*(ending|closing) balances?$|.*\\bbalances? at (the )?end of (the )?(year|period)$")) return ENDING;
        if (balance && Regex.matches(t, ".*,\\s*(beginning|opening) balances?$|.*\\bbalances? at (the )?beginning of (the )?(year|period)$")) return OPENING;
        // Words hyphenated by a wrap come back with a space inside ("increa se"): test the joined form too.
        if (NET_CHANGE.pattern.matcher(t.replace(" ", "")).matches()) return NET_CHANGE;
        // "Decrease (increase) in redemption value", "(Decrease) increase in ...": a line named both
        // ways carries its direction in the sign of its figures; it is a change as shown.
        if (t.contains("increase") && t.contains("decrease")
                && Regex.matches(t, "^\\(?(decrease|increase)s?\\)?,? ?(/ ?)?\\(?(decrease|increase)s?\\)?(\\W.*)?")) return null;
        if (BOOK_VALUE_END.pattern.matcher(t).matches()) return BOOK_VALUE_END;
        if (BOOK_VALUE_OPEN.pattern.matcher(t).matches()) return BOOK_VALUE_OPEN;
        for (RowRoles r : new RowRoles[]{DATED_BALANCE, NET_CHANGE, OPENING, ENDING, INCREASE, DECREASE}) {
            if (r.pattern.matcher(t).matches()) return r;
        }
        return null;
    }

    /** Column headers of movement columns: "Opening balance | Increase | Decrease | Ending balance". */
    public static RowRoles ofColumn(String header) {
        String t = header.toLowerCase(Locale.ROOT).trim();
        if (Regex.matches(t, "^(opening|beginning) (book )?balance.*|^balance at (the )?beginning.*|^opening$")) return OPENING;
        if (Regex.matches(t, "^(ending|closing) (book )?balance.*|^balance at (the )?end.*|^ending$")) return ENDING;
        if (t.startsWith("increase") || t.startsWith("amount increased")) return INCREASE;
        if (Regex.matches(t, ".*\\b(decrease|decreased|reductions?|deductions?|amortized|amortised|amortization|amortisation|depreciat\\w*|written[- ]off|write[- ]off|revers\\w*|recover\\w*|transferred out|dispos\\w*|utili[sz]ed|applied)\\b.*")) return DECREASE;
        if (Regex.matches(t, ".*\\b(increase|increased|additions?|provision|accru\\w*|purchased?|acquired)\\b.*")) return INCREASE;
        return null;
    }

    /** The direction a group caption gives the columns under it ("Amount increased in ..."), or 0. */
    public static int groupSignOfColumn(String header) {
        String t = header.toLowerCase(Locale.ROOT);
        if (Regex.matches(t, ".*\\b(decrease|decreased|reductions?|deductions?)\\b.*")) return -1;
        if (Regex.matches(t, ".*\\b(increase|increased|additions?)\\b.*")) return 1;
        return 0;
    }
}

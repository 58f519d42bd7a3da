package io.tickmark.facts;

import io.tickmark.util.Regex;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a column's heading says its figures measure, where that decides whether they add up down
 * the rows: a change between two periods ("Change", "% Change", "Increase/(Decrease)",
 * "Favorable/(Unfavorable)", "Variance", "2022 vs. 2021", a year pair "21/20"), or a balance
 * remaining at each row's date in a table whose rows are periods ("Maximum number of shares that
 * may yet be purchased under the program"). Read from the heading alone, so a figure carries it
 * through facts JSON with its column label.
 */
public final class ColumnHeading {
    private ColumnHeading() {}

    /** A change word standing for the column, not a component ("Change in fair value", "Net change", "Analysis of change"). */
    private static final Pattern CHANGE_WORD = Pattern.compile(
            "(^|[\\s$%(])(?<!net |of )(change|variance|increase\\s*/\\s*\\(?decrease\\)?|increase\\s*\\(decrease\\)|\\(?decrease\\)?\\s*/\\s*increase"
                    + "|favou?rable\\s*/?\\s*\\(?unfavou?rable\\)?|\\(?unfavou?rable\\)?\\s*/\\s*favou?rable|inc\\.?\\s*/\\s*\\(?dec\\.?\\)?"
                    + "|better\\s*/?\\s*\\(?worse\\)?)(?=$|[\\s$%),:(])(?!\\)?\\s*(in|of|on|for|due|attributable|during|within|to)\\b)");
    /** Periods set against each other: "2022 vs. 2021", "Q2 2023 versus Q2 2022", "Fiscal 2022 compared to fiscal 2021", "2022 over 2021"; not "Fixed vs. floating". */
    private static final Pattern VERSUS = Pattern.compile(
            "(\\b(19|20)?\\d{2}|\\bq[1-4]|\\b(prior|previous|last) (year|period|quarter)|\\bactual|\\bbudget)\\s*(\\bvs\\.?|\\bversus|\\bv\\.?|\\bcompared (to|with)|\\bover)"
                    + "\\s+(fiscal |the |q[1-4] )?((19|20)?\\d{2}\\b|prior|previous|last|budget|plan|forecast|actual)");
    /** A pair of years, the later first ("21/20", "2021/2020"); a fiscal year ("2021/22") or a range ("2024-2025") has the earlier first. */
    private static final Pattern YEAR_PAIR = Pattern.compile("(?<![\\d/.,$])(\\d{2}|(?:19|20)\\d{2})\\s?([/]|(?<=\\d{4})\\s?[-–]\\s?)(\\d{2}|(?:19|20)\\d{2})(?![\\d/.,%])");
    /** A balance still available under an authorisation at each date: a point in time, not a flow. */
    private static final Pattern REMAINING = Pattern.compile(
            ".*(\\bmay yet be (purchased|repurchased|acquired|bought|issued)\\b|\\b(yet|remaining|available) to be (purchased|repurchased)\\b"
                    + "|\\bremaining (available )?under\\b|\\b(remaining|available) (for|under) (the |our |such )?(share |stock )?(repurchase |buyback )?(programs?|plans?|authori[sz]ations?)\\b"
                    + "|\\bremaining (repurchase |buyback )?authori[sz]ation\\b).*");

    private static final Pattern FORMAT_CHARS = Pattern.compile("\\p{Cf}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String norm(String s) {
        String t = FORMAT_CHARS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace('’', '\'');
        return SPACES.matcher(t).replaceAll(" ").trim();
    }

    /** The column states the change between two periods, absolute or relative. */
    public static boolean statesChange(String heading) {
        if (heading == null || heading.isBlank()) return false;
        return STATES_CHANGE.get(heading);
    }

    /** Headings read so far: every figure of a column asks of its heading (through its label), a table's readers again. */
    private static final io.tickmark.util.Memo<String, Boolean> STATES_CHANGE = new io.tickmark.util.Memo<>(20_000, ColumnHeading::readStatesChange);

    private static boolean readStatesChange(String heading) {
        String h = norm(heading);
        if (CHANGE_WORD.matcher(h).find() || VERSUS.matcher(h).find()) return true;
        Matcher m = YEAR_PAIR.matcher(h);
        while (m.find()) {
            String a = m.group(1);
            String b = m.group(3);
            if (a.length() != b.length()) continue;
            if (Regex.matches(m.group(2).trim(), "[-–]") && a.length() != 4) continue;
            int later = Integer.parseInt(a);
            int earlier = Integer.parseInt(b);
            if (later > earlier && later - earlier <= 5) return true;
        }
        return false;
    }

    /** The column states a balance remaining at each date (an authorisation not yet used), not an amount of the period. */
    public static boolean statesRemainingBalance(String heading) {
        if (heading == null || heading.isBlank()) return false;
        return REMAINING.matcher(norm(heading)).matches();
    }
}

package io.tickmark.normalize;

import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period a column stands for from its header. Balances have an instant
 * ({@code 2022-06-30}); flows a start–end duration ({@code 2022-01-01/2022-06-30}, ISO 8601 interval).
 * Relative headers ("Ending balance", "Amount of current period") are resolved against the
 * document's own periods, learnt from its primary statements.
 */
public final class Periods {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern MDY = Pattern.compile("([a-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9}),? (\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern HALF = Pattern.compile("(first half( year)?|half year|six months|semi-annual|1h)( ended| of)? ?(\\d{4})?");
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d\\d|20\\d\\d)\\b");
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)");

    private Periods() {}

    /** The document's periods as learnt from its statements. */
    public static final class Context {
        public String currentInstant;
        public String openingInstant;
        public String currentDuration;
        public String priorDuration;
    }

    /**
     * Period key for a column header, or null when the header names no period. {@code instant}
     * says whether the statement holds balances.
     */
    public static String resolve(String header, boolean instant, Context ctx) {
        String period = resolveCaption(header, instant, ctx);
        // a caption in parentheses set among the header's lines ("(In millions, except share amounts)",
        // "(Unaudited)") can part the month from the year; read without it where the whole names no period
        if (period == null && header.indexOf('(') >= 0) {
            period = resolveCaption(PARENTHESISED.matcher(header).replaceAll(" "), instant, ctx);
        }
        return period;
    }

    private static String resolveCaption(String header, boolean instant, Context ctx) {
        String h = Spaces.collapse(header.toLowerCase(Locale.ROOT).replace(',', ' ')).trim();
        if (h.isEmpty()) return null;
        String months = monthsOf(h);
        LocalDate date = dateIn(h);
        if (date != null) {
            if (instant) return date.toString();
            return duration(date, months != null ? months : "12M");
        }
        Matcher half = HALF.matcher(h);
        if (half.find()) {
            Matcher y = YEAR.matcher(h);
            if (y.find()) return duration(LocalDate.of(Integer.parseInt(y.group(1)), 6, 30), "6M");
        }
        // Relative headers count only when the whole header is a period caption: "Increase in the
        // reporting period" is a movement column, not a period.
        String bare = Regex.replaceAll(Regex.replaceAll(h, "^(amount|balance|book balance)\\s+(of|in|at|for)\\s+(the\\s+)?", "")
                , "\\s*(amount|balance)$", "").trim();
        if (Regex.matches(h, "(ending|closing) balance|balance at (the )?end of (the )?(period|year|term)|ending|closing|end of (the )?(period|year)|period-end balance|ending book balance|closing book balance")) {
            return ctx.currentInstant;
        }
        if (Regex.matches(h, "(opening|beginning) balance|balance at (the )?beginning of (the )?(period|year|term)|opening|beginning of (the )?(period|year)|opening book balance|beginning book balance")) {
            return ctx.openingInstant;
        }
        // Current and prior periods: flows unless the header speaks of a balance. A movement column
        // ("Increase in the reporting period") is not a period of its own.
        if (Regex.matches(h, ".*\\b(increase|increased|decrease|decreased|provision|amortized|amortised|written|reversal|transferred|addition)\\b.*")) {
            return null;
        }
        boolean balance = Regex.matches(h, ".*\\b(balance|ending|closing|opening|beginning|end of)\\b.*");
        if (Regex.matches(h, ".*\\b(current|this|reporting) (period|year)\\b.*|^current$|.*\\bthis period\\b.*")) {
            return balance || instant && !Regex.matches(h, ".*\\b(amount|incurred|occurred|during|for the)\\b.*") ? ctx.currentInstant : ctx.currentDuration;
        }
        if (Regex.matches(h, ".*\\b(previous|prior|last|preceding) (period|year)\\b.*|.*\\bsame period (of )?(the )?last year\\b.*")) {
            return balance || instant && !Regex.matches(h, ".*\\b(amount|incurred|occurred|during|for the)\\b.*") ? ctx.openingInstant : ctx.priorDuration;
        }
        Matcher y = YEAR.matcher(h);
        if (y.find() && Regex.replaceAll(h, "[^a-z]", "").length() <= 12) {
            int yr = Integer.parseInt(y.group(1));
            return instant ? yr + "-12-31" : duration(LocalDate.of(yr, 12, 31), "12M");
        }
        return null;
    }

    /** A duration of {@code months} ("6M") ending on {@code end}, as an ISO interval "start/end". */
    public static String duration(LocalDate end, String months) {
        int m = Integer.parseInt(months.replace("M", ""));
        LocalDate start = end.plusDays(1).minusMonths(m);
        // Period ends on a month's last day start on the first of a month; 52/53-week years keep the day.
        return start + "/" + end;
    }

    /** The end date of a period key, instant or interval. */
    public static LocalDate endOf(String period) {
        return LocalDate.parse(period.contains("/") ? period.substring(period.indexOf('/') + 1) : period);
    }

    /** Length of an interval period key in whole months (52/53-week years count as 12), or 0 for an instant. */
    public static int lengthInMonths(String period) {
        if (period == null || !period.contains("/")) return 0;
        LocalDate start = startOf(period);
        LocalDate end = endOf(period).plusDays(1);
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end);
        return (int) Math.round(days / 30.44);
    }

    /** The start date of an interval period key. */
    public static LocalDate startOf(String period) {
        return LocalDate.parse(period.substring(0, period.indexOf('/')));
    }

    private static String monthsOf(String h) {
        if (Regex.matches(h, ".*\\b(three months|quarter|13 weeks).*")) return "3M";
        if (Regex.matches(h, ".*\\b(six months|half year|first half|26 weeks).*")) return "6M";
        if (Regex.matches(h, ".*\\b(nine months|39 weeks).*")) return "9M";
        if (Regex.matches(h, ".*\\b(years? ended|fiscal year|twelve months|52 weeks|53 weeks|year ended).*")) return "12M";
        return null;
    }

    /** The first full date in a header: "June 30, 2022", "31 December 2019", "2022-06-30". */
    public static LocalDate dateIn(String h) {
        Matcher m = MDY.matcher(h);
        if (m.find() && MONTHS.containsKey(m.group(1))) {
            return safe(Integer.parseInt(m.group(3)), MONTHS.get(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DMY.matcher(h);
        if (m.find() && MONTHS.containsKey(m.group(2))) {
            return safe(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = ISO.matcher(h);
        if (m.find()) return safe(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return null;
    }

    private static LocalDate safe(int y, int mo, int d) {
        try {
            return LocalDate.of(y, mo, Math.min(d, YearMonth.of(y, mo).lengthOfMonth()));
        } catch (RuntimeException e) {
            return null;
        }
    }
}

package io.tickmark.extract.table;

import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
import io.tickmark.extract.table.StructureInference.Inferred;
import io.tickmark.facts.ColumnHeading;
import io.tickmark.facts.Operand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rows and columns whose figures do not add up with the table's amounts: percentages, rates and
 * ratios, per-share figures and prices, counts (shares, square feet, employees, units) in a table of
 * currency, and terms in years. They take part in no footing, whatever their labels say about totals:
 * a "Total" percentage column or a share-count column beside dollar columns is never summed. Nor is
 * a balance remaining at each date of a table whose rows are periods, nor a change between two
 * periods beside the periods it compares: both are read from the column heading
 * ({@link ColumnHeading}), which the figures carry (not additive; measurement {@code change}).
 */
public final class NonAdditive {
    private NonAdditive() {}

    /** Measures named anywhere in a header or label. */
    private static final Pattern MEASURE = Pattern.compile(
            ".*(%|\\bpercent\\b|\\bpercentage|\\bper ?cent\\b|\\bratios?\\b|\\bper (diluted |basic )?(common )?(share|unit|rsu|option|square foot|sq)"
                    + "|\\bvolatility\\b|\\byields?\\b|\\bbasis points\\b|\\bweighted[- ]average (exercise|grant|fair|remaining|price|life|term|contractual|interest|discount)"
                    + "|\\bcontractual (life|term)\\b|\\b(in )?years\\)|\\b(life|lives|term) (\\()?(in )?years\\b|\\bsquare f(ee|oo)t\\b|\\bsq\\.? ?ft\\b|\\bheadcount\\b"
                    + "|\\bintrinsic value\\b).*");
    /** Rates and prices: named at the end of a label ("Effective tax rate", "Exercise price"), not "Interest rate swaps". */
    private static final Pattern RATE_OR_PRICE = Pattern.compile(".*\\b(?<!through |in |into |from |via |by |at |variable |fixed |floating |adjustable |exchange |interest |discount |of )(rates?|prices?)\\s*(\\(.*\\))?\\s*:?$");

    /** Share counts: "Shares", "Common Stock Shares", "Number of shares"; not "Shareholders' equity" nor "Amount". */
    private static final Pattern SHARES = Pattern.compile("^(number of )?(shares|options|units|rsus|psus)\\b.*|.*\\bstock,? shares\\b.*|.*\\(shares\\).*"
            + "|.*\\bshares (outstanding|issued)\\b.*|.*\\bnumber of (shares|options|units)\\b.*|^number$");
    private static final Pattern AMOUNT = Pattern.compile(".*\\b(amounts?|values?|cost|capital|\\$|dollars|par|equity|paid|interests?|income|loss|earnings|proceeds|purchases?|repurchases? of)\\b.*");

    private static String norm(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        if (t.contains("millions") || t.contains("thousands") || t.contains("billions") || t.contains("except")) {
            t = Regex.replaceAll(t, "\\(?\\b(in|dollars in|amounts in) (millions|thousands|billions)[^)]*\\)?|,? ?except (for )?(per[- ]share|share|percentages?)[^)]*\\)?", " ");
        }
        if (t.indexOf('-') >= 0) t = Regex.replaceAll(t, "\\s*-\\s+|\\s+-\\s*", "");
        return Spaces.collapse(t.replace('’', '\'')).trim();
    }

    /** Words of which every form of {@link #ROW_MEASURE} needs one: most labels are out before the pattern. */
    private static final List<String> ROW_MEASURE_WORDS = List.of("%", "percent", "per ", "ratio", "basic", "diluted", "volatility", "yield",
            "basis points", "weighted", "contractual", "in years", "square f", "headcount", "number of");
    /** Words of which every form of {@link #MEASURE} needs one. */
    private static final List<String> MEASURE_WORDS = List.of("%", "percent", "per ", "ratio", "volatility", "yield", "basis points",
            "weighted", "contractual", "years", "square f", "sq", "headcount", "intrinsic value");
    /** Words of which every form of {@link #MEASURE_CAPTION} needs one. */
    private static final List<String> MEASURE_CAPTION_WORDS = List.of("per ", "weighted", "shares", "percent", "ratio");

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }

    /** Whether a label names a rate or price ({@link #RATE_OR_PRICE}, which needs one of the words). */
    private static boolean rateOrPrice(String l) {
        return (l.contains("rate") || l.contains("price")) && RATE_OR_PRICE.matcher(l).matches();
    }

    /** A column of rates, percentages, prices or per-share figures (by its header): its figures add up with nothing. */
    public static boolean measureColumn(String header) {
        if (header == null || header.isBlank()) return false;
        String h = norm(header);
        return containsAny(h, MEASURE_WORDS) && MEASURE.matcher(h).matches() || rateOrPrice(h);
    }

    /**
     * A column stating the change between two periods ("Change", "% Change", "Increase/(Decrease)",
     * "Favorable/(Unfavorable)", "Variance", "2022 vs. 2021", "21/20"): not footed beside the periods
     * it compares (DRV-001 decides, on the figures' measurement {@code change}). An absolute change
     * foots whenever the two period columns do, and they are footed; a relative one does not add up
     * at all. Leaving it out loses no check of the filing's arithmetic.
     */
    public static boolean changeColumn(String header) {
        return ColumnHeading.statesChange(header);
    }

    /**
     * A change column as the total of columns that are not all changes: a change is not the sum of
     * the periods beside it (a rate/volume analysis, "Net change = Volume + Rate", is kept).
     */
    private static boolean changeOfPeriods(Table t, Inferred i) {
        if (!changeColumn(t.columnLabels.get(i.total()))) return false;
        return i.parts().stream().anyMatch(o -> !changeColumn(t.columnLabels.get(Integer.parseInt(o.getKey()))));
    }

    /**
     * A column stating a balance remaining at each row's date ("shares that may yet be purchased
     * under the program"): in a table whose rows are periods it is a point in time, not a flow, and
     * the "Total" row's figure is the last balance, not the sum.
     */
    public static boolean remainingColumn(String header) {
        return ColumnHeading.statesRemainingBalance(header);
    }

    /**
     * A header closed by a class of stock and "Shares": the caption nearest the figures, under a group
     * caption that may name an amount ("Additional Paid-In Capital & Common Stock" over "Shares").
     */
    private static final Pattern STOCK_SHARES_LAST = Pattern.compile(".*\\b(common|ordinary|preferred|preference|treasury)( stock)?,? shares$");

    /**
     * A column of share (or option) counts: they add up among themselves, never with amounts beside
     * them. Amount words rule a count out ("Shares Amount", "Value of shares") unless the header ends
     * in a class of stock's shares, the caption nearest the figures.
     */
    public static boolean countColumn(String header) {
        if (header == null || header.isBlank()) return false;
        String h = norm(header);
        if (!SHARES.matcher(h).matches()) return false;
        return !AMOUNT.matcher(h).matches() || h.endsWith("shares") && STOCK_SHARES_LAST.matcher(h).matches();
    }

    /**
     * A column that may hold share counts though {@link #countColumn} cannot say so: "Common Shares"
     * is the number in issue beside "Common Stock" in a US statement, and the share capital itself in
     * others ("Common shares", "Preferred shares"). A total over it is read both ways (ColumnRelations).
     */
    static boolean mayBeCountColumn(String header) {
        String h = header.toLowerCase(Locale.ROOT);
        return Regex.matches(h, ".*\\b(shares|number)\\b.*") && !Regex.matches(h, ".*(treasury|amount|value|capital|premium|\\$).*");
    }

    /** Row labels that name a measure: "% of revenue", "Effective tax rate", "Earnings per share", "Number of shares". */
    private static final Pattern ROW_MEASURE = Pattern.compile(
            "^(%|percent|percentage)\\b.*|.*\\bas a (%|percent|percentage)\\b.*|.*\\(%\\)$|.*\\s%$|.*\\b(percent|percentage|per ?cent) of\\b.*|.*\\bratios?\\b.*"
                    + "|.*\\b(earnings|income|loss|dividends?|book value|cash flows?)( \\(loss\\))? per (diluted |basic )?(common )?(share|unit)\\b.*|^(basic|diluted)$|.*\\bper (diluted |basic )?(common )?(share|unit)(\\s*[-:–—].*|\\s*\\(.*\\))?$"
                    + "|.*\\bvolatility\\b.*|.*\\b(dividend )?yields?\\b.*|.*\\bbasis points\\b.*|.*\\bweighted[- ]average (exercise|grant|fair|remaining|price|life|term|contractual|interest|discount|shares|number|common)\\b.*"
                    + "|.*\\bcontractual (life|term)\\b.*|.*\\(in years\\).*|.*\\bsquare f(ee|oo)t(age)?\\b.*|.*\\bheadcount\\b.*|^number of\\b.*");

    /**
     * A count column among its neighbours: a header of its own ("Shares"), or the first of two
     * columns under one joined caption naming both ("Common Stock Shares Amount" over the share
     * count and then the amount).
     */
    static boolean countColumn(List<String> headers, int k) {
        if (countColumn(headers.get(k))) return true;
        if (!pairCaption(headers.get(k))) return false;
        int start = k;
        while (start > 0 && pairCaption(headers.get(start - 1))) start--;
        return (k - start) % 2 == 0 && k + 1 < headers.size() && pairCaption(headers.get(k + 1));
    }

    private static boolean pairCaption(String header) {
        return Regex.matches(norm(header), ".*\\bshares,? (amount|cost|value|par value|stated value)\\b.*");
    }

    /** A row of rates, percentages, prices, per-share figures or counts (by its label). */
    public static boolean row(String label) {
        String l = norm(Labels.strip(label));
        if (l.isEmpty() || l.contains("$") || l.contains("dividend") && Regex.matches(l, ".*\\bdividends? (declared|paid)\\b.*")) return false;
        return containsAny(l, ROW_MEASURE_WORDS) && ROW_MEASURE.matcher(l).matches() || rateOrPrice(l);
    }

    /** A caption over rows of measures: "Basic earnings per share:", "Weighted-average shares outstanding:". */
    private static final Pattern MEASURE_CAPTION = Pattern.compile(
            ".*\\bper (diluted |basic )?(common |ordinary )?(share|unit)\\b.*|.*\\bweighted[- ]average (number of )?(common |ordinary )?shares\\b.*"
                    + "|^(shares|number of shares)( outstanding| used in.*)?:?$|.*\\b(percent|percentage) of\\b.*|^(key )?ratios:?$");

    /**
     * The rows of a table whose figures are measures: rows named as one, and the rows under a
     * caption naming one ("Basic earnings per share:" over "Net income 0.53"), up to the next caption.
     */
    public static java.util.Set<Integer> measureRows(Table t) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        boolean under = false;
        for (int i = 0; i < t.rows.size(); i++) {
            Row r = t.rows.get(i);
            if (!r.hasFigures) {
                String caption = norm(Labels.strip(r.label()));
                under = containsAny(caption, MEASURE_CAPTION_WORDS) && MEASURE_CAPTION.matcher(caption).matches();
                continue;
            }
            if (under || row(r.label())) out.add(i);
        }
        return out;
    }

    /**
     * Relations without their non-additive operands: a relation whose total is non-additive is
     * dropped; non-additive parts leave it; one left with fewer than the parts it needs is dropped.
     */
    static List<Inferred> without(Table t, List<Inferred> all) {
        java.util.Set<Integer> measures = measureRows(t);
        List<Inferred> out = new ArrayList<>();
        for (Inferred i : all) {
            boolean columns = i.kind().equals("columns");
            if (columns ? measureColumn(t.columnLabels.get(i.total())) || remainingColumn(t.columnLabels.get(i.total()))
                    || changeOfPeriods(t, i) : measures.contains(i.total())) continue;
            boolean countTotal = columns && countColumn(t.columnLabels, i.total());
            List<Operand> kept = new ArrayList<>();
            for (Operand o : i.parts()) {
                int k = Integer.parseInt(o.getKey());
                boolean non = columns
                        ? measureColumn(t.columnLabels.get(k)) || countColumn(t.columnLabels, k) != countTotal
                        : measures.contains(k);
                if (!non) kept.add(o);
            }
            if (kept.size() == i.parts().size()) out.add(i);
            else if (kept.size() >= (columns ? 2 : 1)) out.add(new Inferred(i.kind(), i.total(), kept, i.description(), i.group()));
        }
        return out;
    }
}

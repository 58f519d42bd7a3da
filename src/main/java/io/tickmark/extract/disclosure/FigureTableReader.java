package io.tickmark.extract.disclosure;

import io.tickmark.util.Regex;
import io.tickmark.extract.disclosure.FigureTable.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads tab-delimited tables of figures: tables by period ({@link PeriodTableReader}), ranked tables
 * of top customers or suppliers ({@link RankedTableReader}) and tables with captioned columns
 * ({@link SimpleTableReader}); joins the parts of a table split by a page break; and leaves a damaged
 * table's cells to {@link ArithmeticConfirmation}, which keeps only what the arithmetic confirms.
 */
final class FigureTableReader {
    private static final Pattern TOTAL = Pattern.compile("(?i)^(sub-?)?total\\b.*");

    private FigureTableReader() {}

    static List<FigureTable> read(DocumentText doc, List<TabBlocks.Block> blocks) {
        List<FigureTable> out = new ArrayList<>();
        FigureTable prev = null;
        TableHeader prevHeader = null;
        java.util.Set<TabBlocks.Block> licences = new java.util.HashSet<>();
        for (List<TabBlocks.Block> t : LicenceReader.tables(blocks)) licences.addAll(t);
        for (TabBlocks.Block b : blocks) {
            if (licences.contains(b)) continue;
            int h = TableHeader.headerLines(b.lines());
            TableHeader header = new TableHeader(b.lines().subList(0, h));
            List<TabLine> data = b.lines().subList(h, b.lines().size());
            if (prev != null && continues(doc, prev, prevHeader, b, header)) {
                if (prev.ranked) RankedTableReader.read(prev, header, data);
                else if (!prev.columns.isEmpty()) PeriodTableReader.read(prev, data);
                prev.lastLine = b.last();
                continue;
            }
            FigureTable t = new FigureTable(b.caption(), b.title(), doc.sections().sectionTitle(b.first()), b.first(), b.last());
            String context = (b.title() == null ? "" : b.title() + " ") + (b.caption() == null ? "" : b.caption()) + " " + header.text;
            t.measure = RankedTableReader.isRanked(header, data) ? null : measure(header.text, b.caption());
            if (t.measure == null && !t.ranked && b.caption() != null && b.caption().length() <= 40) t.measure = measure(b.caption(), null);
            t.scale = scale(header.text);
            t.currency = header.text.contains("RMB") || header.text.contains("HK$") || header.text.contains("US$");
            if (RankedTableReader.isRanked(header, data)) {
                t.ranked = true;
                RankedTableReader.setUp(t, header, b.title());
                RankedTableReader.read(t, header, data);
            } else {
                List<Integer> years = header.years();
                if (!years.isEmpty()) {
                    if (!PeriodTableReader.setUp(t, years, header, data, context)) {
                        t.problem(b.first(), "the periods of its columns could not be read from the header: " + cut(header.text));
                    } else {
                        PeriodTableReader.read(t, data);
                    }
                } else {
                    SimpleTableReader.read(t, header, data);
                }
            }
            boolean figures = !t.columns.isEmpty() && t.rows.stream().anyMatch(Row::hasFigures);
            if (!figures && (t.problems.isEmpty() || !hasNumbers(data))) continue; // a table of words: awards, key terms
            out.add(t);
            prev = t;
            prevHeader = header;
        }
        // After continuations are joined: a total on the next page confirms the rows above it.
        for (FigureTable t : out) ArithmeticConfirmation.confirm(t);
        return out;
    }

    /** A block continues the previous table when only a page break lies between and its header repeats the previous one's. */
    private static boolean continues(DocumentText doc, FigureTable prev, TableHeader prevHeader, TabBlocks.Block b, TableHeader header) {
        if (b.title() != null && prev.title != null && !b.title().equals(prev.title)) return false;
        if (b.title() != null && prev.title == null) return false;
        for (int n = prev.lastLine + 1; n < b.first(); n++) if (!doc.line(n).isBlank()) return false;
        if (header.lines.isEmpty() || prevHeader == null) return false;
        List<String> a = words(prevHeader.text);
        List<String> c = words(header.text);
        if (c.isEmpty()) return false;
        int common = 0;
        for (String w : c) if (a.contains(w)) common++;
        return common >= 0.8 * c.size();
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : Regex.split(s.toLowerCase(Locale.ROOT), "[^a-z0-9%']+")) if (w.length() > 1) out.add(w);
        return out;
    }

    private static boolean hasNumbers(List<TabLine> data) {
        for (TabLine t : data) if (TabBlocks.numbers(t) > 0) return true;
        return false;
    }

    /** What the table's figures measure, from its header and caption, when it says. */
    static String measure(String header, String caption) {
        String h = header.toLowerCase(Locale.ROOT);
        if (h.contains("gross profit")) return "GrossProfit";
        if (h.contains("cost of") && h.contains("sales") && !h.contains("percentage of cost")) return "CostOfRevenue";
        if (h.contains("revenue") && !h.contains("percentage of revenue") && !h.contains("as a percentage")) return "Revenue";
        return null;
    }

    static long scale(String header) {
        String h = header.toLowerCase(Locale.ROOT);
        if (Regex.matches(h, ".*(rmb|hk\\$|us\\$)\\s?(million|'m\\b|m\\b).*")) return 1_000_000L;
        if (h.contains("'000") || h.contains("’000")) return 1000L;
        return 1L;
    }

    static boolean isTotal(String label) {
        return TOTAL.matcher(label).matches();
    }

    static String cut(String s) {
        return s.length() <= 140 ? s : s.substring(0, 139) + "…";
    }
}

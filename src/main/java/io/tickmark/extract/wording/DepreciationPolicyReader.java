package io.tickmark.extract.wording;

import io.tickmark.util.AsciiCase;
import io.tickmark.util.Regex;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.facts.DepreciationRate;
import io.tickmark.facts.SourceRef;
import io.tickmark.run.Enricher;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the accounting-policy tables that state, per class of asset, a useful life, a residual
 * value rate and the yearly depreciation rate ("Plant &amp; buildings | 20-35 | 5.00 | 4.80-2.70").
 * A table is recognised by a header naming all three; each row's last three values are life,
 * residual and rate, each a number or a range, and the ends of ranges pair in order (the first
 * life with the first rate). A row whose values do not pair is skipped.
 */
public final class DepreciationPolicyReader implements Enricher {
    private static final Pattern VALUE = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)%?(?:\\s*[-–~]\\s*(\\d{1,3}(?:\\.\\d+)?)%?)?");
    /** How many lines after the header a row may come (a page break may stand between). */
    private static final int WINDOW = 14;

    @Override
    public void enrich(Extraction extraction, LayoutDocument layout, String text) {
        extraction.otherFacts().addAll(read(extraction.document().getId(), layout));
    }

    static boolean isHeader(String line) {
        // every header names the residual value: other lines are out before they are copied and split
        if (!AsciiCase.contains(line, "residual")) return false;
        String t = line.toLowerCase(Locale.ROOT).trim();
        // a header of columns, not a sentence about lives and residual values
        if (t.endsWith(".") || t.contains(";") || Regex.split(t, "\\s{2,}").length < 3) return false;
        return (t.contains("life") || t.contains("lives")) && t.contains("residual")
                && (t.contains("depreciation rate") || t.contains("depreciation (amortization)") || t.contains("amortization rate")
                || t.contains("yearly depreciation") || t.contains("annual depreciation"));
    }

    public static List<DepreciationRate> read(String document, LayoutDocument layout) {
        List<DepreciationRate> out = new ArrayList<>();
        List<LayoutLine> lines = layout.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (!isHeader(lines.get(i).text())) continue;
            int seen = 0;
            for (int j = i + 1; j < lines.size() && j <= i + WINDOW + seen; j++) {
                LayoutLine l = lines.get(j);
                if (l.isBlank() || LayoutDocument.isPageNumber(l)) continue;
                List<DepreciationRate> row = row(document, l);
                if (row == null) {
                    if (seen > 0) break;
                    continue;
                }
                out.addAll(row);
                seen++;
            }
        }
        return out;
    }

    /** The rates of one row, or null when the line is not a row of the table. */
    static List<DepreciationRate> row(String document, LayoutLine l) {
        String text = l.text().trim();
        Matcher m = VALUE.matcher(text);
        List<String[]> values = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            // a value stands alone: not part of a word or a longer number
            if (m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) continue;
            if (m.end() < text.length() && Character.isLetterOrDigit(text.charAt(m.end()))) continue;
            values.add(new String[]{m.group(1), m.group(2)});
            starts.add(m.start());
        }
        if (values.size() < 3) return null;
        // life, residual and rate are columns: nothing but space stands between them
        Matcher again = VALUE.matcher(text);
        for (int k = values.size() - 3; k < values.size() - 1; k++) {
            again.find(starts.get(k));
            if (!text.substring(again.end(), starts.get(k + 1)).isBlank()) return null;
        }
        String label = Regex.replaceAll(text.substring(0, starts.get(values.size() - 3)).trim()
                , "(?i)\\s*(average service life|straight[- ]line|declining balance|units of production)( method)?\\s*$", "").trim();
        if (label.isEmpty() || !Character.isLetter(label.charAt(0))) return null;
        String[] life = values.get(values.size() - 3);
        String[] residual = values.get(values.size() - 2);
        String[] rate = values.get(values.size() - 1);
        int n = Math.max(size(life), Math.max(size(residual), size(rate)));
        if (size(rate) != n && size(rate) != 1) return null;
        List<DepreciationRate> out = new ArrayList<>();
        SourceRef src = new SourceRef(document, l.page(), l.lineNo(), l.lineNo(), 0, 0, l.box() == null ? null : l.box().whole());
        for (int k = 0; k < n; k++) {
            BigDecimal life_k = new BigDecimal(end(life, k));
            BigDecimal residual_k = new BigDecimal(end(residual, k));
            String rateText = end(rate, k);
            if (life_k.signum() <= 0 || residual_k.compareTo(BigDecimal.valueOf(100)) >= 0) return null;
            if (size(rate) == 1 && n > 1) return null; // one rate for a range of lives cannot follow from both
            BigDecimal stated = new BigDecimal(rateText);
            out.add(new DepreciationRate(document, label, life_k, residual_k, stated, stated.scale(), Regex.replaceAll(text, "\\s{2,}", " | "), src));
        }
        return out;
    }

    private static int size(String[] v) { return v[1] == null ? 1 : 2; }

    private static String end(String[] v, int k) { return v[1] == null ? v[0] : v[Math.min(k, 1)]; }
}

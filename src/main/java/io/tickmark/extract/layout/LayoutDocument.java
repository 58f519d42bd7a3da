package io.tickmark.extract.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as laid-out lines. Layout text marks page breaks with form feeds; where it does not
 * (text copied from a PDF viewer), a line holding only a page number ends a page.
 */
public record LayoutDocument(String file, List<LayoutLine> lines) {

    public static LayoutDocument fromText(String file, String content) {
        List<LayoutLine> out = new ArrayList<>();
        String[] raw = content.split("\\r?\\n", -1);
        int page = 1;
        for (int i = 0; i < raw.length; i++) {
            String s = raw[i];
            while (s.indexOf('\f') >= 0) {
                int ff = s.indexOf('\f');
                String before = s.substring(0, ff);
                if (!before.isBlank()) out.add(LayoutLine.of(page, i + 1, before));
                page++;
                s = s.substring(ff + 1);
            }
            LayoutLine line = LayoutLine.of(page, i + 1, s); // tabs stay: tab-delimited tables have a reader of their own
            out.add(line);
            if (isPageNumber(line) && !content.contains("\f")) page++;
        }
        return new LayoutDocument(file, out);
    }

    /** A line holding only a page number (or "Company | Form 10-K | 28" style footers). */
    public static boolean isPageNumber(LayoutLine line) {
        String t = line.text().trim();
        if (t.matches("\\d{1,4}")) return true;
        if (t.matches("(?i)(page )?\\d{1,4}( of \\d{1,4})?")) return true;
        return t.matches(".{0,60}\\|.{0,40}\\| *\\d{1,4}") || t.matches("[-–—] ?\\d{1,4} ?[-–—]");
    }
}

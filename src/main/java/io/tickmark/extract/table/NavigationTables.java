package io.tickmark.extract.table;

import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.layout.Token;
import io.tickmark.extract.layout.TokenType;
import io.tickmark.util.AsciiCase;

import java.util.List;

/**
 * Tables that lay out where things are, not amounts: a filing's table of contents (items or sections
 * and their page numbers) and its exhibit index (exhibit numbers such as "4.1" or "10.5*" beside
 * descriptions "incorporated by reference to ..."). Their numbers are page and exhibit numbers, so
 * they are no table of figures: read as one, every exhibit number became a figure without a label
 * or a table with no figure columns (PG&E's and Amcor's exhibit lists), and a contents page's page
 * numbers a column.
 */
public final class NavigationTables {
    private NavigationTables() {}

    /** Lines of the document either side of a region that say what the region is among. */
    private static final int CONTEXT = 6;

    /**
     * Whether a located table region is a table of contents or an exhibit index.
     *
     * @param document the document's lines in order, the region's among them: an exhibit index is
     *                 often located as many small regions (an exhibit number and a line or two), whose
     *                 descriptions lie around them
     */
    public static boolean isNavigation(List<LayoutLine> region, List<LayoutLine> document) {
        return isExhibitIndex(region, around(region, document)) || isContents(region);
    }

    /** The region with up to {@link #CONTEXT} lines of the document before and after it. */
    private static List<LayoutLine> around(List<LayoutLine> region, List<LayoutLine> document) {
        if (region.isEmpty() || document.isEmpty()) return region;
        int first = indexOf(document, region.get(0));
        int last = indexOf(document, region.get(region.size() - 1));
        if (first < 0 || last < first) return region;
        return document.subList(Math.max(0, first - CONTEXT), Math.min(document.size(), last + 1 + CONTEXT));
    }

    /** Where the line is in the document: by its line number (lines are in order), then by identity. */
    private static int indexOf(List<LayoutLine> document, LayoutLine line) {
        int lo = 0;
        int hi = document.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (document.get(mid).lineNo() < line.lineNo()) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < document.size() && document.get(i).lineNo() == line.lineNo(); i++) {
            if (document.get(i) == line) return i;
        }
        return -1;
    }

    /**
     * An exhibit index: the region has no line with two or more amounts (at most one: a line of a
     * real table that happens to mention an exhibit), and at least a quarter of the lines in and
     * around it name exhibits or how they are filed ("incorporated by reference", "filed herewith").
     */
    static boolean isExhibitIndex(List<LayoutLine> region, List<LayoutLine> context) {
        int amountLines = 0;
        for (LayoutLine l : region) if (amounts(l) >= 2) amountLines++;
        if (amountLines > 1) return false;
        int lines = 0;
        int filing = 0;
        for (LayoutLine l : context) {
            if (l.isBlank() || LayoutDocument.isPageNumber(l)) continue;
            lines++;
            String t = l.text();
            if (AsciiCase.contains(t, "incorporated by reference") || AsciiCase.contains(t, "herewith")
                    || AsciiCase.contains(t, "exhibit")) filing++;
        }
        return lines >= 3 && filing * 4 >= lines;
    }

    /**
     * A table of contents: five or more lines that each end in one page number, the numbers never
     * going down the page, beside section names (or "Item 1A.", "Part II" headings), and no line
     * with an amount (thousands grouped, decimals or in parentheses) or a second figure.
     */
    static boolean isContents(List<LayoutLine> region) {
        int pages = 0;
        int items = 0;
        long last = -1;
        for (LayoutLine l : region) {
            if (l.isBlank() || LayoutDocument.isPageNumber(l)) continue;
            List<Token> figs = l.trailingFigures();
            if (figs.isEmpty()) continue;
            if (figs.size() > 1) return false;
            Token page = figs.get(0);
            if (page.type() != TokenType.AMOUNT || page.decimals() != 0 || page.text().indexOf(',') >= 0
                    || page.text().startsWith("(") || page.value().signum() <= 0 || page.value().longValue() > 2000) return false;
            if (page.value().longValue() < last) return false;
            last = page.value().longValue();
            pages++;
            if (startsWithItemOrPart(l.text())) items++;
        }
        return pages >= 5 && items * 3 >= pages;
    }

    /** "1A.   Risk Factors", "Item 7.", "PART II": how a filing's contents name its parts. */
    private static boolean startsWithItemOrPart(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        if (AsciiCase.startsAt(text, i, text.length(), "item ") || AsciiCase.startsAt(text, i, text.length(), "part ")) return true;
        int digits = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0 || digits > 2) return false;
        if (i < text.length() && text.charAt(i) >= 'A' && text.charAt(i) <= 'D') i++;
        return i + 1 < text.length() && text.charAt(i) == '.' && text.charAt(i + 1) == ' ';
    }

    /** Figures on the line that read as amounts: thousands grouped, decimals of money, or negative in parentheses. */
    private static int amounts(LayoutLine l) {
        int n = 0;
        for (Token t : l.trailingFigures()) {
            if (t.type() != TokenType.AMOUNT || t.isYear()) continue;
            String s = t.text();
            if (s.indexOf(',') >= 0 || s.startsWith("(") || t.decimals() == 2 || t.value().abs().longValue() >= 1000) n++;
        }
        return n;
    }
}

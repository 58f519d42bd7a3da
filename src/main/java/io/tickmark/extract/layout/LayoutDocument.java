package io.tickmark.extract.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A document as laid-out lines. Layout text marks page breaks with form feeds; where it does not
 * (text copied from a PDF viewer), a line holding only a page number ends a page. A document may
 * have both: text whose pages end at page numbers with a stray form feed somewhere; there a page
 * number ends its page unless a form feed beside it already does.
 */
public record LayoutDocument(String file, List<LayoutLine> lines) {


    /**
     * A layout text as read from a file, as {@link #fromLines} reads its lines. Each page's left margin is removed: layout text as
     * {@code pdftotext -layout} writes it, and the PDF reader's pages, start every page's
     * leftmost text at the first column, and the readers take a line's indentation as written
     * (a note heading within a few characters of the margin, a caption stepped left of its
     * items). A tool that keeps the page margin (pdftotext with {@code -fixed}, a text export
     * from a viewer) writes every line of a page some columns right; removed, its pages read as
     * layout text does.
     */
    public static LayoutDocument fromText(String file, String content) {
        return fromLines(file, lines(content));
    }

    /** The document with each page's common leading spaces removed (lines opening with a tab keep a page as it is). */
    static LayoutDocument withoutPageMargins(LayoutDocument doc) {
        List<LayoutLine> lines = doc.lines();
        List<LayoutLine> out = null;
        int from = 0;
        while (from < lines.size()) {
            int page = lines.get(from).page();
            int to = from;
            int margin = Integer.MAX_VALUE;
            for (; to < lines.size() && lines.get(to).page() == page; to++) {
                String t = lines.get(to).text();
                if (t.isBlank()) continue;
                int lead = 0;
                while (t.charAt(lead) == ' ') lead++;
                margin = Math.min(margin, lead);
            }
            if (margin > 0 && margin != Integer.MAX_VALUE) {
                if (out == null) out = new ArrayList<>(lines.subList(0, from));
                for (int k = from; k < to; k++) {
                    LayoutLine l = lines.get(k);
                    String t = l.text();
                    out.add(t.isBlank() ? l : LayoutLine.of(l.page(), l.lineNo(), t.substring(margin)));
                }
            } else if (out != null) {
                out.addAll(lines.subList(from, to));
            }
            from = to;
        }
        return out == null ? doc : new LayoutDocument(doc.file(), out);
    }

    /**
     * The document of a text already split into its lines ({@link #lines}): a reader that writes
     * the text line by line (the PDF reader) hands over its lines instead of having the whole text
     * split again. Form feeds stay in the lines, where they end pages as in {@link #fromText}; each
     * page's margin is removed as there (the PDF reader's pages have none: a no-op for them).
     */
    public static LayoutDocument fromLines(String file, String[] raw) {
        List<LayoutLine> out = new ArrayList<>(raw.length);
        boolean[] nearFormFeed = nearFormFeeds(raw);
        boolean paginatedByFormFeeds = paginatedByFormFeeds(raw, nearFormFeed);
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
            if (isPageNumber(line) && !paginatedByFormFeeds && !nearFormFeed[i]) page++;
        }
        return withoutPageMargins(new LayoutDocument(file, out));
    }

    /**
     * The text's lines, split at "\n" or "\r\n" (a lone "\r" stays in its line), the last one kept
     * even when empty: what {@code content.split("\\r?\\n", -1)} gives, in one pass without a pattern.
     */
    static String[] lines(String content) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int nl;
        while ((nl = content.indexOf('\n', from)) >= 0) {
            int end = nl > from && content.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            out.add(content.substring(from, end));
            from = nl + 1;
        }
        out.add(content.substring(from));
        return out.toArray(new String[0]);
    }

    /** Lines within three lines of a form feed: a page number there ends the page the form feed ends. */
    private static boolean[] nearFormFeeds(String[] raw) {
        boolean[] near = new boolean[raw.length];
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].indexOf('\f') < 0) continue;
            for (int k = Math.max(0, i - 3); k <= Math.min(raw.length - 1, i + 3); k++) near[k] = true;
        }
        return near;
    }

    /**
     * Whether form feeds end the pages (as pdftotext writes them): then a line holding a number
     * alone away from a form feed is content, not a page end. Where page-number lines away from
     * any form feed outnumber the form feeds, the form feeds are strays and page numbers end pages.
     */
    private static boolean paginatedByFormFeeds(String[] raw, boolean[] nearFormFeed) {
        int formFeeds = 0;
        int loneNumbers = 0;
        for (int i = 0; i < raw.length; i++) {
            for (int k = 0; k < raw[i].length(); k++) if (raw[i].charAt(k) == '\f') formFeeds++;
            if (!nearFormFeed[i] && isPageNumberText(raw[i])) loneNumbers++;
        }
        return formFeeds > 0 && loneNumbers <= formFeeds;
    }

    /** A line holding only a page number (or "Company | Form 10-K | 28" style footers). */
    public static boolean isPageNumber(LayoutLine line) {
        return line.isPageNumber();
    }

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern PAGE_OF = Pattern.compile("(?i)(page )?\\d{1,4}( of \\d{1,4})?");
    private static final Pattern FOOTER = Pattern.compile(".{0,60}\\|.{0,40}\\| *\\d{1,4}");
    private static final Pattern DASHED = Pattern.compile("[-–—] ?\\d{1,4} ?[-–—]");

    static boolean isPageNumberText(String text) {
        // every form ends in a digit or a dash: most lines are out at one look, before the line is trimmed
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) <= ' ') end--;
        if (end == 0) return false;
        char last = text.charAt(end - 1);
        if (!(last >= '0' && last <= '9' || last == '-' || last == '–' || last == '—')) return false;
        String t = text.trim();
        if (last >= '0' && last <= '9') {
            if (NUMBER.matcher(t).matches()) return true;
            if (PAGE_OF.matcher(t).matches()) return true;
            return t.indexOf('|') >= 0 && FOOTER.matcher(t).matches();
        }
        return (last == '-' || last == '–' || last == '—') && DASHED.matcher(t).matches();
    }
}

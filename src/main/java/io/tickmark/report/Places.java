package io.tickmark.report;

import io.tickmark.extract.Pages;
import io.tickmark.facts.SourceRef;

/**
 * Where a source is, in the words a reader of the document uses: for a PDF the page and the line
 * within it ({@code p. 12, line 5}), for text its lines ({@code line 112}).
 */
final class Places {
    private Places() {}

    /** {@code p. 12, line 5} for a PDF source (the page always, the line within it when known); "" otherwise. */
    static String pageOf(SourceRef s, Pages pages) {
        if (s == null || !(pages.known() || s.getBox() != null)) return ""; // a box: a PDF's source in a facts file
        int page = s.getPage() > 0 ? s.getPage() : pages.pageOf(s.getLine());
        if (page <= 0) return "";
        int line = pages.lineInPage(page, s.getLine());
        return "p. " + page + (line > 0 ? ", line " + line : "");
    }

    /** The page form for a PDF source, else the source's own description. */
    static String describe(SourceRef s, Pages pages) {
        if (s == null) return "";
        String page = pageOf(s, pages);
        return page.isEmpty() ? s.describe() : page;
    }
}

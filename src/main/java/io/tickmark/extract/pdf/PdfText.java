package io.tickmark.extract.pdf;

import io.tickmark.extract.layout.LayoutDocument;

import java.util.List;

/**
 * A PDF read into the layout model: the laid-out lines (with page and box per character column),
 * the same content as layout text, and what could not be read.
 *
 * @param pages     pages in the document
 * @param pagesRead pages laid out (fewer when the page limit applies)
 * @param problems  what could not be read, one entry per problem
 */
public record PdfText(LayoutDocument layout, String text, int pages, int pagesRead, List<Problem> problems) {

    /** Something seen but not read: where (page, 0 for the whole document), what, and the detail. */
    public record Problem(int page, String what, String text) {}
}

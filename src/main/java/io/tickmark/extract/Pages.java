package io.tickmark.extract;

import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.layout.LayoutLine;

import java.util.Arrays;

/**
 * The pages of a PDF in the numbering of its extracted lines: where each page's lines start, so a
 * source line can be given as a page and the line within that page, which a reader can find in the
 * PDF (the extracted text's own line numbers exist nowhere else). Unknown for text and facts input.
 */
public final class Pages {
    public static final Pages NONE = new Pages(new int[0]);

    /** {@code firstLine[p - 1]}: the first extracted line of page p (0 for a page without lines). */
    private final int[] firstLine;

    private Pages(int[] firstLine) {
        this.firstLine = firstLine;
    }

    /** The pages of a laid-out PDF: each page's first line number. */
    public static Pages of(LayoutDocument layout) {
        int pages = 0;
        for (LayoutLine l : layout.lines()) pages = Math.max(pages, l.page());
        int[] first = new int[pages];
        for (LayoutLine l : layout.lines()) {
            int p = l.page() - 1;
            if (p >= 0 && (first[p] == 0 || l.lineNo() < first[p])) first[p] = l.lineNo();
        }
        return new Pages(first);
    }

    public boolean known() { return firstLine.length > 0; }

    /** The page holding extracted line {@code line}, or 0. */
    public int pageOf(int line) {
        int page = 0;
        for (int p = 0; p < firstLine.length; p++) if (firstLine[p] > 0 && firstLine[p] <= line) page = p + 1;
        return page;
    }

    /** Line {@code line} of the extracted text counted from the top of its page (1-based), or 0 when unknown. */
    public int lineInPage(int page, int line) {
        if (line <= 0) return 0;
        int p = page > 0 ? page : pageOf(line);
        if (p <= 0 || p > firstLine.length || firstLine[p - 1] <= 0 || line < firstLine[p - 1]) return 0;
        return line - firstLine[p - 1] + 1;
    }

    @Override
    public String toString() { return "Pages" + Arrays.toString(firstLine); }
}

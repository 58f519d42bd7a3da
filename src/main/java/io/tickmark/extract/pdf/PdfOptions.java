package io.tickmark.extract.pdf;

/**
 * How a PDF is opened: the user password if the document needs one, and the limits that keep a
 * huge or hostile file from exhausting memory.
 *
 * @param password         user password, or null (documents encrypted with an owner password only open without one)
 * @param maxPages         pages read at most; later pages are reported as not read
 * @param maxGlyphsPerPage glyphs read at most on one page; the rest of such a page is reported as not read
 * @param memoryBytes      main memory PDFBox may use to buffer streams; beyond it, temporary files
 * @param progress         told after each page (a terminal progress line for long files), or null
 * @param threads          reading threads at most (fewer on short documents); 0 for one per core
 */
public record PdfOptions(String password, int maxPages, int maxGlyphsPerPage, long memoryBytes, Progress progress, int threads) {

    public static final int DEFAULT_MAX_PAGES = 3000;
    public static final int DEFAULT_MAX_GLYPHS_PER_PAGE = 250_000;
    public static final long DEFAULT_MEMORY_BYTES = 64L << 20;

    public static PdfOptions defaults() {
        return new PdfOptions(null, DEFAULT_MAX_PAGES, DEFAULT_MAX_GLYPHS_PER_PAGE, DEFAULT_MEMORY_BYTES, null, 0);
    }

    public PdfOptions withPassword(String pw) {
        return new PdfOptions(pw, maxPages, maxGlyphsPerPage, memoryBytes, progress, threads);
    }

    public PdfOptions withProgress(Progress p) {
        return new PdfOptions(password, maxPages, maxGlyphsPerPage, memoryBytes, p, threads);
    }

    public PdfOptions withMaxPages(int n) {
        return new PdfOptions(password, n, maxGlyphsPerPage, memoryBytes, progress, threads);
    }

    public PdfOptions withThreads(int n) {
        return new PdfOptions(password, maxPages, maxGlyphsPerPage, memoryBytes, progress, n);
    }

    /** Told as pages are read. */
    public interface Progress {
        void page(int done, int total);

        default void done() {}
    }
}

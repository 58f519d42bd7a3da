package io.tickmark.extract.pdf;

/**
 * What went wrong while a page was read; what was read of it is kept, and the damage reported with it.
 *
 * @param truncated more glyphs than the per-page limit: the rest was not read
 * @param failed    the content could not be processed in full (an unknown operator, bad operands, a
 *                  text object never closed, an exception)
 * @param corrupt   compressed content (of the page or a form it draws) that fails its checksum
 * @param unmapped  glyphs of a composite font with no text mapping, which PDFBox drops
 */
record PageDamage(boolean truncated, boolean failed, boolean corrupt, int unmapped) {
    static final PageDamage NONE = new PageDamage(false, false, false, 0);
    static final PageDamage TRUNCATED = new PageDamage(true, false, false, 0);
    static final PageDamage FAILED = new PageDamage(false, true, false, 0);
    static final PageDamage CORRUPT = new PageDamage(false, false, true, 0);

    static PageDamage unmapped(int glyphs) {
        return new PageDamage(false, false, false, glyphs);
    }

    PageDamage and(PageDamage o) {
        return new PageDamage(truncated || o.truncated, failed || o.failed, corrupt || o.corrupt, unmapped + o.unmapped);
    }
}

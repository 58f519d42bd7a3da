/**
 * PDF input: the only package that uses Apache PDFBox.
 *
 * <h2>From glyphs to the layout model</h2>
 * {@link io.tickmark.extract.pdf.GlyphCollector} takes every glyph through PDFBox's text hooks
 * ({@code PDFTextStripper.processTextPosition}) in the order it is drawn, without PDFBox's own
 * sorting and spacing. Pages are then laid out as lines of text with character columns, written
 * as layout text is written and read back by {@link io.tickmark.extract.layout.LayoutDocument#fromText}
 * exactly as layout text is read; each line then gets the boxes of its characters, and the
 * document goes to {@link io.tickmark.extract.text.TextExtractor} unchanged: one table reader
 * serves both inputs, and a change to how layout text is read applies to PDFs as well.
 *
 * <p>The grouping is our own and follows how layout text ({@code pdftotext -layout}) is written,
 * because that is the shape the table reader was built on and the one a filing's layout text
 * already has: glyphs become words at gaps of a tenth of the font size ({@link
 * io.tickmark.extract.pdf.WordBuilder}); words become blocks that grow over neighbouring lines
 * and small gaps, so a column of figures is kept apart from its labels ({@link
 * io.tickmark.extract.pdf.BlockBuilder}); blocks become lines with single spaces between words
 * ({@link io.tickmark.extract.pdf.RowBuilder}); each block gets a column offset from the blocks to
 * its left, lines on one baseline share an output line, and vertical gaps become blank lines
 * ({@link io.tickmark.extract.pdf.PageLayout}). A plain scale (x divided by an average glyph
 * width) was considered: it aligns columns perfectly but spaces labels and figures differently
 * from layout text, so the same filing read from its PDF and from its layout text would give
 * different tables. With this grouping the text of the corpus PDFs is the same as their layout
 * text line for line (all but a few lines in a thousand), and the checks and findings are the
 * same. Right-aligned figures of one block share their right edge exactly; between blocks,
 * columns may drift by a character, which the table reader's per-page column model absorbs, as
 * it does for layout text.
 *
 * <p>Positions are recomputed in double precision from the content stream's own numbers
 * ({@link io.tickmark.extract.pdf.PreciseState}): PDFBox works in single precision, which moves
 * text on pages drawn with large offsets by enough to flip the comparisons above; ties are decided
 * as exact arithmetic would decide them ({@link io.tickmark.extract.pdf.Tol}).
 *
 * <p>Beyond layout text: digits are never run together with digits or letters of another piece of
 * text unless they form one number (with valid thousands groups); dot leaders become spaces; text
 * in another direction than most of the page (a rotated caption) is laid out in its own reading
 * frame after the page's text; pages rotated for display are read as displayed.
 *
 * <h2>Page and box</h2>
 * Every character column of a line read from a PDF keeps the box of its glyph ({@link
 * io.tickmark.extract.layout.LineBox}), so each figure carries its page and the box of its
 * characters, in PDF user space (points, y upwards), written {@code x0,y0,x1,y1}.
 *
 * <h2>What cannot be read</h2>
 * {@link io.tickmark.extract.pdf.PdfReader} refuses, as unreadable input, a file that is empty,
 * truncated (no end-of-file marker), damaged, or encrypted with a user password that was not
 * given; a PDF encrypted with an owner password only opens like any other. Pages are read one at
 * a time (by one thread per core, each on its own copy of the document) and dropped once laid
 * out; PDFBox buffers streams in memory up to a limit, then in temporary files; pages beyond a
 * limit, text beyond a per-page limit and pages without a text layer (scanned: OCR is not offered)
 * become extraction issues.
 */
package io.tickmark.extract.pdf;

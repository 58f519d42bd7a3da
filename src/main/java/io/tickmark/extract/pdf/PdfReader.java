package io.tickmark.extract.pdf;

import io.tickmark.util.Regex;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.layout.LineBox;
import io.tickmark.extract.pdf.PdfText.Problem;
import io.tickmark.source.UnreadableInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Reads a PDF into the layout model, page by page: each page's glyphs are collected, laid out and
 * dropped before the next page is read, so memory follows the text, not the file. Files that cannot
 * be opened as a PDF at all (empty, truncated, damaged, needing a password that was not given) are
 * unreadable input; pages that cannot be read (no text layer, beyond the page limit, broken
 * content) are problems reported with the text that was read.
 */
public final class PdfReader {
    private static final int EOF_WINDOW = 4096;
    /** Pages a reading thread takes at a time. */
    private static final int CHUNK = 4;
    private static final int MAX_WORKERS = 4;

    // PDFBox's recoverable font and syntax warnings are silenced by simplelogger.properties, which is
    // read before the first logger exists (a static initializer here would run too late).

    private PdfReader() {}

    public static PdfText read(Path file, String name, PdfOptions options) throws UnreadableInputException {
        checkComplete(file, name);
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(options.memoryBytes());
        String password = options.password() == null ? "" : options.password();
        try (PDDocument doc = Loader.loadPDF(file.toFile(), password, null, null, memory.streamCache)) {
            return read(doc, () -> Loader.loadPDF(file.toFile(), password, null, null,
                    MemoryUsageSetting.setupMixed(options.memoryBytes()).streamCache), name, options);
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException(name + ": " + (options.password() == null
                    ? "the PDF needs a password to open; give it with --password"
                    : "the password given does not open the PDF"));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException(name + ": not a readable PDF (" + oneLine(e) + ")");
        }
    }

    /** Opens another copy of the document for another reading thread (a document is not shared between threads). */
    private interface Opener {
        PDDocument open() throws IOException;
    }

    /** One page as laid out, with what was noticed while reading it. */
    private record PageResult(List<PageLine> lines, boolean hasText, boolean scanned, PageDamage damage) {}

    private static PdfText read(PDDocument doc, Opener opener, String name, PdfOptions options) throws IOException {
        int total = doc.getNumberOfPages();
        if (total == 0) throw new IOException("it has no pages");
        int limit = Math.min(total, Math.max(1, options.maxPages()));
        PageResult[] results = new PageResult[limit];
        AtomicInteger next = new AtomicInteger(1);
        AtomicInteger done = new AtomicInteger();
        int workers = workers(limit, options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors());
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        // The caller's thread is the one a time limit interrupts (DocumentRun): every reading thread
        // stops at its next page when it is, or when another reading thread has failed.
        Thread caller = Thread.currentThread();
        AtomicBoolean stop = new AtomicBoolean();
        BooleanSupplier cancelled = () -> stop.get() || caller.isInterrupted();
        Misreadings misread = new Misreadings();
        boolean finished = false;
        try {
            for (int w = 1; w < workers; w++) {
                Thread t = new Thread(() -> {
                    try (PDDocument copy = opener.open()) {
                        readPages(copy, next, limit, results, done, options, cancelled, misread);
                    } catch (IOException | RuntimeException | OutOfMemoryError e) {
                        // handed to the caller: out of memory is the document's error, not a stack trace on stderr
                        failures.add(e);
                        stop.set(true);
                    }
                }, "tickmark-pdf-" + w);
                t.setDaemon(true);
                t.start();
                threads.add(t);
            }
            try {
                readPages(doc, next, limit, results, done, options, cancelled, misread);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                failures.add(e);
                stop.set(true);
            }
            for (Thread t : threads) t.join();
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        } finally {
            // a read that ends early (interrupted, failed) leaves no reading thread behind it
            if (!finished) stop.set(true);
            if (options.progress() != null) options.progress().done();
        }
        if (!failures.isEmpty()) {
            // the fault itself, not the other threads stopping because of it
            Throwable f = failures.stream().filter(e -> !(e instanceof GlyphCollector.Stopped)).findFirst().orElse(failures.get(0));
            if (f instanceof Error err) throw err;
            throw f instanceof IOException io ? io : new IOException(f.getMessage(), f);
        }
        return assemble(results, name, total, limit, options, misread);
    }

    /**
     * Reading threads: up to the cores given for documents of two chunks or more. A second thread
     * opens its own copy of the document and loads its own fonts: 10-30% more processor time in
     * all (measured on 10 to 230 pages), which pays when a core is idle and only then; from ten pages
     * on, two threads on two idle cores already read faster than one.
     */
    private static int workers(int pages, int cores) {
        if (pages < 2 * CHUNK) return 1;
        return Math.max(1, Math.min(Math.min(cores, MAX_WORKERS), pages / CHUNK));
    }

    /** Takes chunks of pages until none is left, laying out each page as soon as it is read. */
    private static void readPages(PDDocument doc, AtomicInteger next, int limit, PageResult[] results, AtomicInteger done,
                                  PdfOptions options, BooleanSupplier cancelled, Misreadings misread) throws IOException {
        GlyphCollector collector = new GlyphCollector((pageNo, page, glyphs) -> {
            boolean hasText = false;
            for (Glyph g : glyphs) {
                if (!g.isSpace()) {
                    hasText = true;
                    break;
                }
            }
            PDRectangle crop = page.getCropBox();
            List<PageLine> lines = PageLayout.lay(glyphs, crop.getWidth(), crop.getHeight());
            results[pageNo - 1] = new PageResult(lines, hasText, !hasText && hasImages(page), PageDamage.NONE);
            int n = done.incrementAndGet();
            if (options.progress() != null) {
                synchronized (options.progress()) {
                    options.progress().page(n, limit);
                }
            }
        }, options.maxGlyphsPerPage(), cancelled, misread);
        while (true) {
            int start = next.getAndAdd(CHUNK);
            if (start > limit) break;
            collector.setStartPage(start);
            collector.setEndPage(Math.min(limit, start + CHUNK - 1));
            collector.writeText(doc, Writer.nullWriter());
        }
        collector.damage().forEach((p, d) -> {
            PageResult r = results[p - 1];
            results[p - 1] = r == null ? new PageResult(List.of(), false, false, d)
                    : new PageResult(r.lines(), r.hasText(), r.scanned(), r.damage().and(d));
        });
    }

    private static PdfText assemble(PageResult[] results, String name, int total, int limit, PdfOptions options,
                                    Misreadings misread) {
        Assembler out = new Assembler();
        List<Problem> problems = new ArrayList<>();
        List<Integer> scanned = new ArrayList<>();
        List<Integer> unmappedPages = new ArrayList<>();
        long unmapped = 0;
        int textPages = 0;
        for (int i = 0; i < limit; i++) {
            PageResult r = results[i];
            int page = i + 1;
            // A page that was never drawn (no content) is still a page.
            out.page(r == null ? List.of() : r.lines());
            if (r == null) continue;
            // glyphs drawn without a text mapping are a text layer too, not a scan
            if (r.hasText() || r.damage().unmapped() > 0) textPages++;
            if (r.scanned()) scanned.add(page);
            PageDamage d = r.damage();
            if (d.failed()) problems.add(new Problem(page, "page content could not be read", "page " + page));
            if (d.corrupt() && !d.failed()) {
                problems.add(new Problem(page, "page content is damaged (its compressed data fails its checksum); text on the page may be missing or altered",
                        "page " + page));
            }
            if (d.unmapped() > 0) {
                unmappedPages.add(page);
                unmapped += d.unmapped();
            }
            if (d.truncated()) {
                problems.add(new Problem(page, "page has more text than the limit of " + options.maxGlyphsPerPage()
                        + " characters; the rest of the page was not read", "page " + page));
            }
        }
        if (!unmappedPages.isEmpty()) {
            // one finding for the document: a font without a text mapping is used on most of its pages
            problems.add(new Problem(unmappedPages.get(0), "characters without a text mapping in their font were not read (words may lack letters, pages their text)",
                    (unmappedPages.size() == 1 ? "page " : "pages ") + ranges(unmappedPages) + ": "
                            + String.format(java.util.Locale.ROOT, "%,d", unmapped) + (unmapped == 1 ? " character" : " characters")));
        }
        if (textPages == 0) {
            // pages with no image either draw their text as shapes (a writer told to outline its fonts)
            problems.add(new Problem(0, scanned.isEmpty() ? "no text layer: no page draws characters (its text drawn as shapes, or none); OCR is not offered"
                    : "no text layer: scanned pages; OCR is not offered",
                    name + " (" + total + (total == 1 ? " page)" : " pages)")));
        } else if (!scanned.isEmpty()) {
            problems.add(new Problem(scanned.get(0), "no text layer on some pages: scanned pages; OCR is not offered",
                    "pages " + ranges(scanned)));
        }
        if (!misread.isEmpty()) {
            // corrected, and still reported: the file's own text (copied, searched, read by another
            // tool) says what the page does not show
            problems.add(new Problem(misread.firstPage(),
                    "the text layer maps some glyphs to characters their outlines contradict (a PDF writer's damaged text map); they were read as their outlines show",
                    "pages " + ranges(misread.pages()) + ": " + misread.summary()));
        }
        if (limit < total) {
            problems.add(new Problem(limit, "pages after " + limit + " not read: page limit", name + " has " + total + " pages"));
        }
        return new PdfText(out.layout(name), out.text.toString(), total, limit, problems);
    }

    /** A PDF ends with an end-of-file marker; a file cut short (an interrupted download) has none. */
    private static void checkComplete(Path file, String name) throws UnreadableInputException {
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size == 0) throw new UnreadableInputException(name + ": file is empty");
            long skip = Math.max(0, size - EOF_WINDOW);
            in.skipNBytes(skip);
            byte[] tail = in.readAllBytes();
            String t = new String(tail, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!t.contains("%%EOF")) {
                throw new UnreadableInputException(name + ": the PDF is truncated (no end-of-file marker); the file is incomplete");
            }
        } catch (IOException e) {
            throw new UnreadableInputException(name + ": cannot be read (" + oneLine(e) + ")");
        }
    }

    private static boolean hasImages(PDPage page) {
        PDResources r = page.getResources();
        if (r == null) return false;
        for (COSName n : r.getXObjectNames()) {
            try {
                if (r.isImageXObject(n)) return true;
            } catch (RuntimeException ignored) {
                // a broken resource entry is not an image we can count on
            }
        }
        return false;
    }

    private static String ranges(List<Integer> pages) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pages.size(); ) {
            int j = i;
            while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) j++;
            if (s.length() > 0) s.append(", ");
            s.append(pages.get(i));
            if (j > i) s.append('-').append(pages.get(j));
            i = j + 1;
        }
        return s.toString();
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Regex.replaceAll(m, "\\s+", " ").trim();
    }

    /**
     * Joins the pages into layout text (lines ended by newlines, pages by form feeds, as layout
     * text is written), then reads that text exactly as layout text is read, so that a PDF and its
     * layout text give the same lines, and gives each line the boxes of its characters. The text's
     * lines are the pages' lines as written (a page line holds no newline, form feed or carriage
     * return: those are white space, which never enters a word), with the form feeds before a page
     * at the start of its first line; they are handed to the reader as they are, not split again
     * out of the text.
     */
    static final class Assembler {
        final StringBuilder text = new StringBuilder();
        /** Per line of the text (line number - 1): the line as written and its boxes. */
        private final List<PageLine> written = new ArrayList<>();
        /** The text's lines, as {@link LayoutDocument#lines} would split them out of {@link #text}. */
        private final List<String> raw = new ArrayList<>();
        /** Form feeds written since the last line: they open the next line of the text. */
        private int formFeeds;

        void page(List<PageLine> pageLines) {
            for (PageLine l : pageLines) {
                text.append(l.text()).append('\n');
                written.add(l);
                raw.add(formFeeds == 0 ? l.text() : "\f".repeat(formFeeds) + l.text());
                formFeeds = 0;
            }
            text.append('\f');
            formFeeds++;
        }

        LayoutDocument layout(String name) {
            // what follows the last newline: the last pages' form feeds
            raw.add("\f".repeat(formFeeds));
            LayoutDocument read = LayoutDocument.fromLines(name, raw.toArray(new String[0]));
            List<LayoutLine> lines = new ArrayList<>(read.lines().size());
            for (LayoutLine l : read.lines()) {
                PageLine w = l.lineNo() - 1 < written.size() ? written.get(l.lineNo() - 1) : null;
                // Boxes belong to the characters as written; a line read differently keeps none.
                LineBox box = w != null && w.boxes() != null && w.text().equals(l.text()) ? new LineBox(w.boxes()) : null;
                lines.add(box == null ? l : new LayoutLine(l.page(), l.lineNo(), l.text(), l.tokens(), box));
            }
            return new LayoutDocument(read.file(), lines);
        }
    }
}

package io.tickmark.extract.pdf;

import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.source.UnreadableInputException;
import io.tickmark.testing.LayoutPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages read by several threads (each with its own copy of the document, taking a few pages at a
 * time) are joined in page order: the lines, boxes and page damage are those of a read on one
 * thread, and a time limit stops every reading thread.
 */
class ParallelReadTest {
    private static final int PAGES = 24;
    private static final int UNCLOSED = 4;
    private static final int GARBLED = 9;
    private static final int CORRUPT = 15;

    @TempDir
    Path dir;

    @Test
    void threadsReadWhatOneThreadReadsDamageIncluded() throws Exception {
        Path pdf = damaged(statements(dir.resolve("plain.pdf"), PAGES), dir.resolve("damaged.pdf"));
        PdfText one = PdfReader.read(pdf, "damaged.pdf", PdfOptions.defaults().withThreads(1));
        assertThat(one.pages()).isEqualTo(PAGES);
        for (int threads : new int[]{2, 3}) {
            PdfText many = PdfReader.read(pdf, "damaged.pdf", PdfOptions.defaults().withThreads(threads));
            assertThat(many.text()).isEqualTo(one.text());
            assertThat(lines(many)).isEqualTo(lines(one));
            assertThat(many.problems()).isEqualTo(one.problems());
        }
        // Each damaged page is reported on its own page, and no other page (a text object left open on
        // one page once marked every page after it as failed when read a few pages at a time).
        assertThat(one.problems()).extracting(PdfText.Problem::page).containsExactly(UNCLOSED, GARBLED, CORRUPT);
    }

    @Test
    void aTimeLimitStopsEveryReadingThread() throws Exception {
        Path pdf = statements(dir.resolve("long.pdf"), 120);
        AtomicReference<Thread> reader = new AtomicReference<>();
        List<Integer> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        // The caller is interrupted (as DocumentRun's time limit does) once a few pages are read.
        PdfOptions.Progress interruptEarly = (done, total) -> {
            seen.add(done);
            if (done == 6) reader.get().interrupt();
        };
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                PdfReader.read(pdf, "long.pdf", PdfOptions.defaults().withThreads(2).withProgress(interruptEarly));
            } catch (Throwable e) {
                outcome.set(e);
            }
        });
        reader.set(t);
        t.start();
        t.join(30_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(outcome.get()).isInstanceOf(UnreadableInputException.class);
        // The other reading thread stops at its next page, not at the end of the document.
        for (Thread other : Thread.getAllStackTraces().keySet()) {
            if (other.getName().startsWith("tickmark-pdf-")) other.join(30_000);
        }
        assertThat(seen.size()).isLessThan(120);
    }

    /** Pages of a small statement, each with its own figures, one column placement per page. */
    private static Path statements(Path file, int pages) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= pages; p++) {
            if (p > 1) text.append('\f');
            text.append("Example Holdings Inc. - page ").append(p).append("\n\n");
            text.append("(in millions)                          2023        2022\n");
            for (int r = 1; r <= 12; r++) {
                String label = "Line item " + r + " of page " + p;
                text.append(String.format("%-36s %9s   %9s%n", label, String.format("%,d", p * 1000 + r * 7), String.format("%,d", p * 900 + r * 5)));
            }
            text.append(String.format("%-36s %9s   %9s%n", "Total", "x", "y"));
        }
        return LayoutPdf.write(text.toString(), file);
    }

    /**
     * Three kinds of damage on three pages: a text object never closed, an operator name that is no
     * PDF operator, and compressed content whose checksum fails.
     */
    private static Path damaged(Path from, Path to) throws Exception {
        try (PDDocument doc = Loader.loadPDF(from.toFile())) {
            rewrite(doc, UNCLOSED, s -> s.substring(0, s.lastIndexOf("ET")), false);
            rewrite(doc, GARBLED, s -> {
                int at = s.indexOf(" Tj", s.length() / 2);
                return s.substring(0, at) + " Tq" + s.substring(at + 3);
            }, false);
            rewrite(doc, CORRUPT, s -> s, true);
            doc.save(to.toFile(), CompressParameters.NO_COMPRESSION);
        }
        return to;
    }

    private static void rewrite(PDDocument doc, int pageNo, UnaryOperator<String> edit, boolean badChecksum) throws Exception {
        PDPage page = doc.getPage(pageNo - 1);
        String text;
        try (InputStream in = page.getContents()) {
            text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        byte[] data = deflate(edit.apply(text).getBytes(StandardCharsets.ISO_8859_1));
        if (badChecksum) data[data.length - 1] ^= 1; // the Adler-32 at the end of the zlib stream
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(data);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        page.getCOSObject().setItem(COSName.CONTENTS, stream);
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater();
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        d.end();
        return out.toByteArray();
    }

    private static List<String> lines(PdfText t) {
        List<String> out = new ArrayList<>();
        for (LayoutLine l : t.layout().lines()) out.add(l.page() + ":" + l.lineNo() + ":" + l.text() + ":" + l.box());
        return out;
    }
}

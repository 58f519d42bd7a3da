package io.tickmark.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tickmark.extract.pdf.PdfExtractor;
import io.tickmark.extract.pdf.PdfOptions;
import io.tickmark.source.UnreadableInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PDF reader: any bytes are either refused as unreadable (one line, exit 2) or read into the
 * layout model and extracted. Pages and glyphs are capped as for a real run, smaller to keep each
 * input fast.
 */
class PdfReaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void readsOrRefusesAnyPdf(byte[] input) throws IOException {
        Path f = Files.createTempFile("tickmark-fuzz-", ".pdf");
        try {
            Files.write(f, input);
            PdfExtractor.extract(f, "fuzz.pdf", PdfOptions.defaults().withMaxPages(5).withThreads(1));
        } catch (UnreadableInputException refused) {
            // a one-line input error: what the CLI reports with exit 2
        } finally {
            Files.deleteIfExists(f);
        }
    }
}

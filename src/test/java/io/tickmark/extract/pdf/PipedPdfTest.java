package io.tickmark.extract.pdf;

import io.tickmark.cli.Cli;
import io.tickmark.cli.InputFaultsTest;
import io.tickmark.source.Source;
import io.tickmark.source.SourceKind;
import io.tickmark.source.SourceOpener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A PDF read from a pipe ({@code check <(cat f.pdf)}) is read once, whole, and gives the file's report. */
class PipedPdfTest {
    @TempDir
    Path tmp;

    @Test
    void aPipedPdfIsReadLikeTheFile() throws Exception {
        Path pdf = PdfFixtures.balanceSheet(tmp.resolve("bs.pdf"), PdfFixtures.Options.plain());
        Cli direct = Cli.run("check", "--format", "json", pdf.toString());
        Path fifo = InputFaultsTest.mkfifo(tmp, "bs-pipe");
        Thread writer = InputFaultsTest.writeInto(fifo, Files.readAllBytes(pdf));
        Cli piped = Cli.run("check", "--format", "json", fifo.toString());
        writer.join();
        assertThat(piped.err()).isEmpty();
        assertThat(piped.code()).isEqualTo(direct.code());
        assertThat(piped.out().replace(fifo.toString(), "FILE")).isEqualTo(direct.out().replace(pdf.toString(), "FILE"));
    }

    @Test
    void theTemporaryCopyOfAPipedPdfIsRemovedWhenTheSourceIsClosed() throws Exception {
        Path pdf = PdfFixtures.balanceSheet(tmp.resolve("bs.pdf"), PdfFixtures.Options.plain());
        Path fifo = InputFaultsTest.mkfifo(tmp, "bs-pipe");
        Thread writer = InputFaultsTest.writeInto(fifo, Files.readAllBytes(pdf));
        Path copy;
        try (Source s = SourceOpener.open(fifo)) {
            assertThat(s.kind()).isEqualTo(SourceKind.PDF);
            copy = s.content();
            assertThat(copy).isNotEqualTo(fifo);
            assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(pdf));
        }
        writer.join();
        assertThat(copy).doesNotExist();
    }
}

package io.tickmark.extract.pdf;

import io.tickmark.cli.Main;
import io.tickmark.source.UnreadableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files that cannot be opened as a PDF are unreadable input: one line on standard error and exit
 * code 2, never a stack trace. Each file is made by the test.
 */
class BadPdfTest {
    @TempDir
    Path dir;

    @Test
    void emptyFile() throws Exception {
        Path f = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        assertUnreadable(f, "file is empty");
    }

    @Test
    void truncatedFile() throws Exception {
        Path whole = PdfFixtures.balanceSheet(dir.resolve("whole.pdf"), PdfFixtures.Options.plain());
        Path f = PdfFixtures.truncated(whole, dir.resolve("cut.pdf"));
        assertUnreadable(f, "truncated");
        assertThatThrownBy(() -> PdfReader.read(f, f.toString(), PdfOptions.defaults()))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("truncated");
    }

    @Test
    void notAPdf() throws Exception {
        Path html = Files.writeString(dir.resolve("report.pdf"), "<html><body>Not found</body></html>\n");
        assertUnreadable(html, "not a PDF");
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Path bin = Files.write(dir.resolve("noise.bin"), noise);
        assertUnreadable(bin, "not a PDF");
    }

    @Test
    void damagedPdf() throws Exception {
        Path f = Files.writeString(dir.resolve("damaged.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF\n");
        assertUnreadable(f, "not a readable PDF");
    }

    @Test
    void needsAUserPasswordThatWasNotGiven() throws Exception {
        Path f = PdfFixtures.balanceSheet(dir.resolve("locked.pdf"),
                new PdfFixtures.Options(false, 1, PdfFixtures.userPassword("s3cret")));
        assertUnreadable(f, "needs a password");
        assertThatThrownBy(() -> PdfReader.read(f, f.toString(), PdfOptions.defaults().withPassword("wrong")))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("does not open");
        // With the password it is checked like any other.
        Result ok = run("check", "--password", "s3cret", f.toString());
        assertThat(ok.code).isNotEqualTo(2);
        assertThat(ok.err).isEmpty();
    }

    @Test
    void ownerPasswordOnlyIsCheckedLikeAnyOther() throws Exception {
        Path f = PdfFixtures.balanceSheet(dir.resolve("owner.pdf"),
                new PdfFixtures.Options(false, 1, PdfFixtures.ownerPasswordOnly()));
        Result r = run("check", "--format", "json", f.toString());
        assertThat(r.code).isZero();
        assertThat(r.out).as("stderr: " + r.err).contains("\"box\"");
    }

    private static void assertUnreadable(Path f, String why) {
        Result r = run("check", f.toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err.strip()).contains(why).doesNotContain("\n").doesNotContain("Exception");
    }

    record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}

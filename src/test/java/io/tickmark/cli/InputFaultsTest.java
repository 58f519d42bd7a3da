package io.tickmark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import static io.tickmark.cli.Cli.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every input and option fault ends in one line naming the file or option and exit 2, never a stack
 * trace or exit 3; out-of-range figures in a facts file become extraction findings.
 */
public class InputFaultsTest {
    @TempDir
    Path tmp;

    private static final String RED_LANTERN = "examples/red-lantern-2022-interim.txt";

    // ---- facts JSON: out-of-range figures are extraction findings, never exit 3 or a silent pass

    private Path factsWith(String field, String json) throws IOException {
        String clean = Files.readString(Path.of(fixture("clean.facts.json")));
        String changed = clean.replaceFirst("\"" + field + "\": [^,\\n]+", "\"" + field + "\": " + json);
        assertThat(changed).isNotEqualTo(clean);
        return Files.writeString(tmp.resolve(field + ".facts.json"), changed);
    }

    private static void assertOutOfRangeFinding(Path facts, String what) {
        Cli r = Cli.run("check", "--fail-on", "warning", facts.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("EXT-001").contains("line item out of range").contains(what);
    }

    @Test
    void aValueOfOneEToTheBillionIsAnExtractionFinding() throws IOException {
        assertOutOfRangeFinding(factsWith("value", "\"1e999999999\""), "more than 24 digits");
        assertOutOfRangeFinding(factsWith("value", "1e999999999"), "more than 24 digits");
        assertOutOfRangeFinding(factsWith("value", "\"1e-999999999\""), "after the decimal point");
    }

    @Test
    void aJsonNumberNoDecimalCanHoldIsAOneLineInputError() throws IOException {
        // found by FactsJsonFuzzTest (crash-exponent-beyond-int): Jackson throws NumberFormatException
        Path facts = factsWith("value", "1e1000000999999");
        assertOneLine(Cli.run("check", facts.toString()), facts.toString(), "a number beyond any representable range");
        Path profile = Files.writeString(tmp.resolve("exponent.json"), "{\"thresholds\": {\"gc.altman.z.safe\": 1e1000000999999}}");
        assertOneLine(Cli.run("check", "--profile", profile.toString(), RED_LANTERN), profile.toString(), "beyond any representable range");
    }

    @Test
    void decimalsBeyondTheirRangeAreExtractionFindings() throws IOException {
        assertOutOfRangeFinding(factsWith("decimals", "2147483647"), "decimals 2147483647");
        assertOutOfRangeFinding(factsWith("decimals", "-400"), "decimals -400");
        assertOutOfRangeFinding(factsWith("decimals", "1.5"), "decimals 1.5");
    }

    @Test
    void aScaleThatIsNotAPowerOfTenIsAnExtractionFinding() throws IOException {
        assertOutOfRangeFinding(factsWith("scale", "0"), "scale 0");
        assertOutOfRangeFinding(factsWith("scale", "-1000"), "scale -1000");
        assertOutOfRangeFinding(factsWith("scale", "1e400"), "scale");
    }

    // ---- options and profiles

    @Test
    void anAsOfDateBeyondTheCalendarRangeIsAUsageError() {
        assertOneLine(Cli.run("check", "--as-of", "+999999999-12-31", RED_LANTERN), "--as-of", "+999999999-12-31");
        assertOneLine(Cli.run("check", "--as-of", "2023-02-30", RED_LANTERN), "--as-of", "not a date");
        assertOneLine(Cli.run("check", "--as-of", "1899-12-31", RED_LANTERN), "--as-of", "1900 to 2199");
    }

    @Test
    void aProfileThresholdOfOneEFourHundredIsAUsageError() throws IOException {
        Path p = Files.writeString(tmp.resolve("huge.json"), "{\"thresholds\": {\"gc.altman.z.safe\": 1e400}}");
        assertOneLine(Cli.run("check", "--profile", p.toString(), RED_LANTERN), p.toString(), "gc.altman.z.safe");
    }

    @Test
    void aLicenceWindowOfTwelvePointSevenMonthsIsAUsageError() throws IOException {
        Path p = Files.writeString(tmp.resolve("window.json"), "{\"thresholds\": {\"disclosure.licence.expiryWindowMonths\": 12.7}}");
        assertOneLine(Cli.run("check", "--profile", p.toString(), RED_LANTERN), p.toString(), "must be a whole number, not 12.7");
        Path negative = Files.writeString(tmp.resolve("negative.json"), "{\"thresholds\": {\"gc.revenue.collapseShare\": -1}}");
        assertOneLine(Cli.run("check", "--profile", negative.toString(), RED_LANTERN), "gc.revenue.collapseShare", "outside 0..");
        Path missing = tmp.resolve("no-such-profile.json");
        assertOneLine(Cli.run("check", "--profile", missing.toString(), RED_LANTERN), missing.toString(), "no such profile file");
    }

    @Test
    void badTimeoutsAndUnknownOptionsAreOneLineUsageErrors() {
        assertOneLine(Cli.run("check", "--timeout", "0", RED_LANTERN), "--timeout", "outside");
        assertOneLine(Cli.run("check", "--timeout", "soon", RED_LANTERN), "--timeout", "not a duration");
        assertOneLine(Cli.run("check", "--timeout", "25h", RED_LANTERN), "--timeout", "outside");
        assertOneLine(Cli.run("check", "--no-such-option", RED_LANTERN), "--no-such-option", "--help");
        assertOneLine(Cli.run("extract", "--timeout", "-5s", RED_LANTERN), "--timeout", "-5s");
    }

    @Test
    void anInternalErrorIsOneLineAndItsStackTraceOnlyUnderDebug() {
        String[] args = {"check", "--rules", "src/test/resources/userpacks/explode", fixture("explode.facts.json")};
        Cli plain = Cli.run(args);
        assertThat(plain.code()).isEqualTo(3);
        assertThat(plain.errLines()).isEqualTo(1);
        assertThat(plain.err()).startsWith("tickmark: internal error while checking ").doesNotContain("\tat ");
        String[] debug = new String[args.length + 1];
        System.arraycopy(args, 0, debug, 1, args.length);
        debug[0] = "--debug";
        Cli traced = Cli.run(debug);
        assertThat(traced.code()).isEqualTo(3);
        assertThat(traced.err()).contains("\tat ");
        Cli.run("check", "--as-of", "soon", RED_LANTERN);
        assertThat(Main.debug()).as("--debug holds for its own command line only").isEqualTo(System.getenv("TICKMARK_DEBUG") != null);
    }

    @Test
    void aDocumentThatRunsOutOfMemoryIsItsErrorAndTheBatchGoesOn() throws IOException {
        Path facts = Files.writeString(tmp.resolve("exhausting.facts.json"),
                Files.readString(Path.of(fixture("explode.facts.json"))).replace("explode-on-purpose", "exhaust-memory-on-purpose"));
        Cli r = Cli.run("check", "--rules", "src/test/resources/userpacks/exhaust", "--format", "json", facts.toString(),
                fixture("footing-errors.facts.json"));
        assertOneLine(r, facts.toString(), "ran out of memory (Java heap of ", "TICKMARK_JAVA_OPTS=-Xmx");
        assertThat(r.out()).contains("footing-errors.facts.json").contains("CON-001").contains("exhausting.facts.json");
    }

    // ---- inputs read safely

    @Test
    void aFifoWithNoWriterEndsAtTheTimeLimitAndTheBatchGoesOn() throws Exception {
        Path fifo = mkfifo(tmp, "no-writer");
        Cli r = Cli.run("check", "--timeout", "1s", fifo.toString(), RED_LANTERN);
        assertOneLine(r, fifo.toString(), "not finished within the time limit of 1s (--timeout)");
        assertThat(r.out()).contains("CON-001");
    }

    @Test
    void aPipeIsReadOnceInFullSoProcessSubstitutionFindsBothErrors() throws Exception {
        byte[] filing = Files.readAllBytes(Path.of(RED_LANTERN));
        Cli direct = Cli.run("check", "--format", "json", RED_LANTERN);
        Path fifo = mkfifo(tmp, "red-lantern");
        Thread writer = writeInto(fifo, filing);
        Cli piped = Cli.run("check", "--format", "json", fifo.toString());
        writer.join();
        assertThat(piped.code()).as(piped.err()).isEqualTo(1);
        assertThat(direct.code()).isEqualTo(1);
        assertThat(piped.out().replace(fifo.toString(), "FILE")).isEqualTo(direct.out().replace(RED_LANTERN, "FILE"));
    }

    @Test
    void anInputLargerThanTheLimitIsRefusedWithoutReadingIt() throws IOException {
        Path big = tmp.resolve("huge.txt");
        try (FileChannel c = FileChannel.open(big, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            c.write(ByteBuffer.wrap("Balance sheet\n".getBytes(StandardCharsets.US_ASCII)));
            c.write(ByteBuffer.wrap(new byte[]{'\n'}), (64L << 20) + 1);  // sparse: no disk space taken
        }
        assertOneLine(Cli.run("check", big.toString()), big.toString(), "larger than the limit for text or facts JSON (64 MiB)");
    }

    @Test
    void aPdfOverTwoGigabytesIsRefusedAndTheBatchGoesOn() throws IOException {
        Path big = tmp.resolve("huge.pdf");
        try (FileChannel c = FileChannel.open(big, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            c.write(ByteBuffer.wrap("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
            c.write(ByteBuffer.wrap("%%EOF\n".getBytes(StandardCharsets.US_ASCII)), (2L << 30) + 1);  // sparse
        }
        Cli r = Cli.run("check", big.toString(), RED_LANTERN);
        assertOneLine(r, big.toString(), "larger than the limit for a PDF (2048 MiB)");
        assertThat(r.out()).contains("CON-001");
    }

    @Test
    void anEndlessDeviceIsRefusedAtTheSizeLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        assertOneLine(Cli.run("check", zero.toString()), "/dev/zero", "larger than the limit");
    }

    @Test
    void aDamagedPdfThatPdfBoxRecoversFromPrintsNoStackTrace() throws IOException {
        // PDFBox logs what it recovers from with a stack trace (found by PdfReaderFuzzTest)
        byte[] seed = Files.readAllBytes(Path.of("src/test/resources/io/tickmark/fuzz/PdfReaderFuzzTestInputs/readsOrRefusesAnyPdf/balance-sheet.pdf"));
        String damaged = new String(seed, StandardCharsets.ISO_8859_1).replace("<< /Type /Font /Subtype /Type1", "<< /Type /Font /Subtype >> /Type1");
        Path pdf = Files.write(tmp.resolve("damaged-font.pdf"), damaged.getBytes(StandardCharsets.ISO_8859_1));
        java.io.ByteArrayOutputStream libraries = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stderr = System.err;
        Cli r;
        System.setErr(new java.io.PrintStream(libraries, true, StandardCharsets.UTF_8));
        try {
            r = Cli.run("check", pdf.toString());
        } finally {
            System.setErr(stderr);
        }
        assertThat(r.code()).isIn(0, 1);
        assertThat(r.err()).isEmpty();
        assertThat(libraries.toString(StandardCharsets.UTF_8)).as("what libraries wrote to stderr").isEmpty();
    }

    // ---- encodings: decoded by byte-order mark or detection, and named in the report

    @Test
    void utf16Gb18030AndLatin1TextGiveTheSameReportAsUtf8AndNameTheirEncoding() throws IOException {
        String filing = "Société Générale 红灯笼\n" + Files.readString(Path.of(RED_LANTERN));
        String latin = filing.replace(" 红灯笼", "");
        String utf8 = utf8Report(filing);
        expectSameReport(utf8, filing, StandardCharsets.UTF_16LE, true, "UTF-16LE (BOM)");
        expectSameReport(utf8, filing, StandardCharsets.UTF_16BE, true, "UTF-16BE (BOM)");
        expectSameReport(utf8, filing, StandardCharsets.UTF_16LE, false, "UTF-16LE");
        expectSameReport(utf8, filing, StandardCharsets.UTF_16BE, false, "UTF-16BE");
        Path gb = expectSameReport(utf8, filing, java.nio.charset.Charset.forName("GB18030"), false, "GB18030");
        expectSameReport(utf8Report(latin), latin, StandardCharsets.ISO_8859_1, false, "ISO-8859-1");
        assertThat(Cli.run("check", gb.toString()).out()).contains("text encoding GB18030");
    }

    private String utf8Report(String text) throws IOException {
        Path utf8 = Files.writeString(tmp.resolve("utf8.txt"), text, StandardCharsets.UTF_8);
        Cli a = Cli.run("check", "--format", "json", utf8.toString());
        assertThat(a.out()).contains("\"encoding\" : \"UTF-8\"");
        return a.out().replace(utf8.toString(), "F").replace("\"encoding\" : \"UTF-8\"", "\"encoding\" : \"E\"");
    }

    private Path expectSameReport(String utf8Report, String text, java.nio.charset.Charset cs, boolean bom, String named) throws IOException {
        byte[] body = text.getBytes(cs);
        byte[] mark = !bom ? new byte[0] : cs.equals(StandardCharsets.UTF_16LE) ? new byte[]{(byte) 0xFF, (byte) 0xFE} : new byte[]{(byte) 0xFE, (byte) 0xFF};
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        Path other = Files.write(tmp.resolve("other-" + named.replaceAll("\\W", "") + ".txt"), all);
        Cli b = Cli.run("check", "--format", "json", other.toString());
        assertThat(b.code()).as(named + ": " + b.err()).isEqualTo(1);
        assertThat(b.out()).contains("\"encoding\" : \"" + named + "\"").contains("CON-001");
        assertThat(b.out().replace(other.toString(), "F").replace(named, "E")).isEqualTo(utf8Report);
        return other;
    }

    // ---- output: atomic, write errors reported, inputs never overwritten

    @Test
    void aFullDeviceIsAWriteErrorWithExitTwo() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full));
        assertOneLine(Cli.run("check", "--output", full.toString(), RED_LANTERN), "cannot write the report to /dev/full", "No space left on device");
        assertOneLine(Cli.run("extract", "--output", full.toString(), RED_LANTERN), "cannot write the facts to /dev/full", "No space left on device");
    }

    @Test
    void aStandardOutputThatFailsIsAWriteErrorWithExitTwo() {
        Writer broken = new Writer() {
            @Override public void write(char[] c, int off, int len) throws IOException { throw new IOException("Broken pipe"); }
            @Override public void flush() throws IOException { throw new IOException("Broken pipe"); }
            @Override public void close() {}
        };
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(broken), new PrintWriter(err, true), "check", RED_LANTERN);
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("tickmark: cannot write the report to standard output" + System.lineSeparator());
    }

    @Test
    void anOutputNamingAnInputIsRefusedAndTheFilingIsKept() throws IOException {
        Path filing = Files.copy(Path.of(RED_LANTERN), tmp.resolve("filing.txt"));
        byte[] before = Files.readAllBytes(filing);
        assertOneLine(Cli.run("check", "--output", filing.toString(), filing.toString()), "--output", "refusing to overwrite");
        assertOneLine(Cli.run("check", "--output", tmp.resolve("./filing.txt").toString(), filing.toString()), "--output", "is the input");
        assertOneLine(Cli.run("extract", "--output", filing.toString(), filing.toString()), "--output", "refusing to overwrite");
        Path profile = Files.writeString(tmp.resolve("profile.json"), "{\"thresholds\": {}}");
        assertOneLine(Cli.run("check", "--profile", profile.toString(), "--output", profile.toString(), filing.toString()), "--output", "profile.json");
        assertThat(Files.readAllBytes(filing)).isEqualTo(before);
    }

    @Test
    void theReportReplacesTheOutputFileWholeAndLeavesNoTemporaryFile() throws IOException {
        Path out = Files.writeString(tmp.resolve("report.json"), "an older report, much longer than the new one would ever be".repeat(5000));
        Cli r = Cli.run("check", "--format", "json", "--output", out.toString(), RED_LANTERN);
        assertThat(r.code()).isEqualTo(1);
        assertThat(Files.readString(out)).startsWith("{").endsWith("}\n").doesNotContain("older report");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.json");
        }
    }

    @Test
    void theBaselineCommandRefusesToOverwriteAFilingAndReportsWriteErrorsOnOneLine() throws IOException {
        Path filing = Files.copy(Path.of(fixture("footing-errors.facts.json")), tmp.resolve("filing.facts.json"));
        byte[] before = Files.readAllBytes(filing);
        assertOneLine(Cli.run("baseline", "--output", filing.toString(), filing.toString()), "refusing to overwrite");
        assertThat(Files.readAllBytes(filing)).isEqualTo(before);
        assertOneLine(Cli.run("baseline", "--as-of", "+999999999-12-31", "--output", tmp.resolve("b.json").toString(), filing.toString()),
                "--as-of");
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full));
        assertOneLine(Cli.run("baseline", "--output", full.toString(), filing.toString()), "cannot write the baseline to /dev/full");
    }

    // ---- the text report escapes control characters from a filing

    @Test
    void controlCharactersFromAFilingAreEscapedInTheTextReport() throws IOException {
        String filing = Files.readString(Path.of(RED_LANTERN))
                .replaceFirst("(?m)^(\\s*)(Total assets)", "$1Total \u001B[2J\u001B]0;pwned\u0007\u202Eassets\r");
        assertThat(filing).contains("\u001B");
        Path f = Files.writeString(tmp.resolve("escapes.txt"), filing);
        Cli r = Cli.run("check", f.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u202E").doesNotContain("\r");
    }

    // ---- helpers

    public static Path mkfifo(Path tmp, String name) throws IOException, InterruptedException {
        Path fifo = tmp.resolve(name);
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo on this system");
            throw e;
        }
        assumeTrue(p.waitFor() == 0, "mkfifo failed");
        return fifo;
    }

    public static Thread writeInto(Path fifo, byte[] bytes) {
        Thread t = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo, StandardOpenOption.WRITE)) {
                out.write(bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Exit 2, one line on standard error that says what and where, no stack trace. */
    static void assertOneLine(Cli r, String... says) {
        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
        assertThat(r.errLines()).as("one line on stderr: %s", r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("tickmark: ").doesNotContain("\tat ").doesNotContain("Exception");
        for (String s : says) assertThat(r.err()).contains(s);
    }
}

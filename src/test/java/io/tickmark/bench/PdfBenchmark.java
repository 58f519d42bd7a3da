package io.tickmark.bench;

import io.tickmark.extract.pdf.PdfOptions;
import io.tickmark.extract.pdf.PdfReader;
import io.tickmark.extract.pdf.PdfText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reading speed of the PDF reader against {@code pdftotext -layout} on the same files (a benchmark,
 * not a test: it prints figures). For each PDF: pages per second and the ratio of times, cold (a
 * fresh JVM reading one file, with the JVM options of {@code ./tickmark}, timed as a process like
 * pdftotext) and warm (inside one JVM reading the whole corpus several times; the median of the
 * rounds after the first), with the reader's default threads (one per core) and with one thread,
 * since pdftotext uses one.
 *
 * <pre>bench/pdf-benchmark.sh [DIR] [ROUNDS]</pre>
 */
public final class PdfBenchmark {
    /** The JVM options of ./tickmark, so that the cold run is what a user waits for. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xms64m", "-Xshare:auto");

    private PdfBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--single")) {
            single(Path.of(args[1]));
            return;
        }
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(dir)) {
            pdfs = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
        if (pdfs.isEmpty()) throw new IllegalArgumentException("no PDF in " + dir);
        System.out.printf("PDF reader vs pdftotext -layout; %d rounds warm; %d cores; load average %s%n", rounds,
                Runtime.getRuntime().availableProcessors(), loadAverage());

        int n = pdfs.size();
        int[] pages = new int[n];
        double[] popplerCold = new double[n];
        double[] popplerWarm = new double[n];
        double[] cold = new double[n];
        double[] coldInProcess = new double[n];
        for (int i = 0; i < n; i++) {
            Path pdf = pdfs.get(i);
            pdftotext(pdf); // the file into the page cache: cold means a fresh process, not a cold disk
            popplerCold[i] = pdftotext(pdf);
            double[] t = new double[rounds];
            for (int r = 0; r < rounds; r++) t[r] = pdftotext(pdf);
            popplerWarm[i] = median(t);
            double[] c = coldRun(pdf);
            cold[i] = c[0];
            coldInProcess[i] = c[1];
            pages[i] = (int) c[2];
        }
        // Warm: the whole corpus, several times over, in this JVM, both ways after a common warm-up.
        warm(pdfs, 2, PdfOptions.defaults());
        warm(pdfs, 2, PdfOptions.defaults().withThreads(1));
        double[][] warm = warm(pdfs, rounds, PdfOptions.defaults());
        double[][] warmOne = warm(pdfs, rounds, PdfOptions.defaults().withThreads(1));

        System.out.printf("%n%-24s %5s | %-44s | %-40s | %s%n", "", "", "cold (one file, fresh JVM)",
                "warm (in one batch over the corpus)", "warm, one thread");
        System.out.printf("%-24s %5s | %8s %8s %9s %8s %6s | %8s %9s %10s %6s | %8s %9s %6s%n", "file", "pages", "tickmark",
                "(in JVM)", "pages/s", "pdftotext", "ratio", "tickmark", "pages/s", "pdftotext", "ratio", "tickmark", "pages/s", "ratio");
        for (int i = 0; i < n; i++) {
            double w = median(warm[i]);
            double w1 = median(warmOne[i]);
            System.out.printf("%-24s %5d | %7.2fs %7.2fs %9.1f %8.3fs %5.1fx | %7.3fs %9.1f %9.3fs %5.1fx | %7.3fs %9.1f %5.1fx%n",
                    pdfs.get(i).getFileName(), pages[i], cold[i], coldInProcess[i], pages[i] / cold[i], popplerCold[i],
                    cold[i] / popplerCold[i], w, pages[i] / w, popplerWarm[i], w / popplerWarm[i], w1, pages[i] / w1,
                    w1 / popplerWarm[i]);
        }
    }

    /** Seconds per document and round, reading the corpus rounds + 1 times (the first round warms up). */
    private static double[][] warm(List<Path> pdfs, int rounds, PdfOptions options) throws Exception {
        double[][] warm = new double[pdfs.size()][rounds];
        for (int r = 0; r <= rounds; r++) {
            for (int i = 0; i < pdfs.size(); i++) {
                long t0 = System.nanoTime();
                PdfReader.read(pdfs.get(i), pdfs.get(i).toString(), options);
                double s = (System.nanoTime() - t0) / 1e9;
                if (r > 0) warm[i][r - 1] = s;
            }
        }
        return warm;
    }

    /** Reads one file and prints its pages and the time taken inside the JVM (for the cold run). */
    private static void single(Path pdf) throws Exception {
        long t0 = System.nanoTime();
        PdfText t = PdfReader.read(pdf, pdf.toString(), PdfOptions.defaults());
        System.out.println(t.pages() + " " + (System.nanoTime() - t0) / 1e9);
    }

    /** A fresh JVM reading one file: {process seconds, seconds inside the JVM, pages}. */
    private static double[] coldRun(Path pdf) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JVM_OPTIONS);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), PdfBenchmark.class.getName(), "--single", pdf.toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        if (p.waitFor() != 0) throw new IllegalStateException("cold run failed for " + pdf);
        double wall = (System.nanoTime() - t0) / 1e9;
        String[] parts = out.split(" ");
        return new double[]{wall, Double.parseDouble(parts[1]), Double.parseDouble(parts[0])};
    }

    /** Seconds for one {@code pdftotext -layout} process. */
    private static double pdftotext(Path pdf) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) throw new IllegalStateException("pdftotext failed on " + pdf);
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}

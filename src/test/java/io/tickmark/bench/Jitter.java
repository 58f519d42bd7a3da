package io.tickmark.bench;

import io.tickmark.engine.RuleEngine;
import io.tickmark.facts.Check;
import io.tickmark.facts.Finding;
import io.tickmark.report.DocumentReport;
import io.tickmark.run.Checker;
import io.tickmark.run.ProfileLoader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * How much tickmark's reading of layout text depends on exact character columns. Text extractors
 * place words on a character grid by rounding, so the same filing laid out by another tool (or
 * another version) moves cells by a character or two, line by line. Each layout-text filing given
 * is laid out again with such jitter, several times with fixed seeds: on lines with figures, each
 * cell (a word after two or more spaces) moves one character left or right at random, the cells after
 * it staying where they were; with {@code --accumulate}, each move also moves everything right of it,
 * so moves add up along a line. The content is unchanged, so every error-level
 * consistency failure that the jittered copy has and the original does not is a misreading, and
 * checks lost are coverage that rests on exact columns.
 *
 * <p>Usage: {@code bench/jitter.sh FILE.txt... [--copies N] [--rate P] [--accumulate]} (default 3
 * copies, each cell moved with probability 0.3).
 */
public final class Jitter {
    public static void main(String[] args) throws Exception {
        int copies = 3;
        double rate = 0.3;
        boolean accumulate = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--copies")) copies = Integer.parseInt(args[++i]);
            else if (args[i].equals("--rate")) rate = Double.parseDouble(args[++i]);
            else if (args[i].equals("--accumulate")) accumulate = true;
            else files.add(Path.of(args[i]));
        }
        Checker checker = new Checker(RuleEngine.builtIn(), ProfileLoader.load(null, null));
        Set<String> packs = new TreeSet<>(checker.engine().packs());
        Path work = Files.createTempDirectory("tickmark-jitter");
        long baseChecks = 0;
        long jitterChecks = 0;
        int baseErrors = 0;
        int newErrors = 0;
        int withNew = 0;
        System.out.printf(Locale.ROOT, "%-34s %7s %7s %12s %12s%n", "document", "checks", "errors", "copy checks", "copy errors");
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            DocumentReport base = checker.check(f, packs);
            long bc = run(base);
            List<Finding> originalErrors = errors(base);
            int be = originalErrors.size();
            StringBuilder copyChecks = new StringBuilder();
            StringBuilder copyErrors = new StringBuilder();
            boolean any = false;
            for (int k = 0; k < copies; k++) {
                Random random = new Random(1000L * k + f.getFileName().toString().hashCode());
                List<String> jittered = new ArrayList<>(lines.size());
                for (String l : lines) jittered.add(jitter(l, random, rate, accumulate));
                Path copy = work.resolve(f.getFileName());
                Files.write(copy, jittered, StandardCharsets.UTF_8);
                DocumentReport r = checker.check(copy, packs);
                long c = run(r);
                List<Finding> e = errors(r);
                int added = Math.max(0, e.size() - be);
                jitterChecks += c;
                baseChecks += bc;
                newErrors += added;
                any |= added > 0;
                copyChecks.append(k == 0 ? "" : "/").append(c);
                copyErrors.append(k == 0 ? "" : "/").append(e.size());
                for (Finding x : e) {
                    if (originalErrors.stream().noneMatch(b -> b.getMessage().equals(x.getMessage()))) {
                        System.out.println("    copy " + k + ": " + x.getMessage());
                    }
                }
            }
            baseErrors += be;
            if (any) withNew++;
            System.out.printf(Locale.ROOT, "%-34s %7d %7d %12s %12s%n", f.getFileName().toString().replaceFirst("\\.txt$", ""),
                    bc, be, copyChecks, copyErrors);
        }
        System.out.printf(Locale.ROOT, "%ncopies %d a filing, cells moved%s with probability %.2f: checks run %d in the originals (x%d), %d in the copies (%.1f%%);"
                        + " error-level failures %d in the originals, %d more in the copies, in %d of %d filings%n",
                copies, accumulate ? " (accumulating)" : "", rate, baseChecks, copies, jitterChecks, baseChecks == 0 ? 0.0 : 100.0 * jitterChecks / baseChecks,
                baseErrors, newErrors, withNew, files.size());
    }

    /** Checks run: passed or failed, not unverified or computed (as the calibration harness counts). */
    private static long run(DocumentReport r) {
        return r.checks().stream().filter(c -> c.isPassed() || "failed".equals(c.getOutcome())).count();
    }

    private static List<Finding> errors(DocumentReport r) {
        return r.findings().stream().filter(x -> x.getCategory().equals("consistency") && x.getSeverity().equals("error")).toList();
    }

    /**
     * The line with each word after a run of two or more spaces (a cell) set one character left or
     * right of where it was, at random with probability {@code rate}, the words after it staying where
     * they were (a grid rounding each word's position on its own); a run never drops below two
     * spaces. Lines without a digit are left as they are; the indent stays.
     *
     * @param accumulate each move also moves everything right of it (a gap widened or narrowed), so
     *                   moves add up along the line, as "$" signs widening a line do
     */
    static String jitter(String line, Random random, double rate, boolean accumulate) {
        boolean digit = false;
        for (int i = 0; i < line.length() && !digit; i++) digit = Character.isDigit(line.charAt(i));
        if (!digit) return line;
        StringBuilder sb = new StringBuilder(line.length() + 8);
        int i = 0;
        int n = line.length();
        while (i < n && line.charAt(i) == ' ') sb.append(line.charAt(i++));
        int offset = 0; // where the previous cell was moved, relative to where it was
        while (i < n) {
            char ch = line.charAt(i);
            if (ch != ' ') {
                sb.append(ch);
                i++;
                continue;
            }
            int j = i;
            while (j < n && line.charAt(j) == ' ') j++;
            int run = j - i;
            if (run >= 2 && j < n) {
                int move = random.nextDouble() < rate ? (random.nextBoolean() ? 1 : -1) : 0;
                if (accumulate) {
                    run = Math.max(2, run + move);
                } else {
                    int width = run - offset + move;
                    if (width < 2) {
                        move += 2 - width;
                        width = 2;
                    }
                    run = width;
                    offset = move;
                }
            }
            sb.append(" ".repeat(run));
            i = j;
        }
        return sb.toString();
    }
}

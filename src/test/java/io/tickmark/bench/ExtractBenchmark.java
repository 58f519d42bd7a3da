package io.tickmark.bench;

import io.tickmark.engine.RuleEngine;
import io.tickmark.extract.Extraction;
import io.tickmark.run.Checker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Warm extraction and rule times per document inside one JVM (a benchmark, not a test: it prints
 * figures), for profiling the readers: each file is extracted and checked ROUNDS times, and the median
 * of each part over the rounds after the first is printed.
 *
 * <pre>java -cp target/test-classes:target/classes:target/lib/* io.tickmark.bench.ExtractBenchmark ROUNDS FILE...</pre>
 */
public final class ExtractBenchmark {
    private ExtractBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) files.add(Path.of(args[i]));
        long t0 = System.nanoTime();
        RuleEngine engine = RuleEngine.builtIn();
        System.out.printf("rule engine load %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        Checker checker = new Checker(engine);
        double[][] ext = new double[files.size()][rounds];
        double[][] rules = new double[files.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < files.size(); i++) {
                long a = System.nanoTime();
                Extraction ex = checker.extract(files.get(i));
                long b = System.nanoTime();
                checker.check(ex, engine.packs());
                long c = System.nanoTime();
                ext[i][r] = (b - a) / 1e6;
                rules[i][r] = (c - b) / 1e6;
                if (r == 0) System.out.printf("first %s: extract %.0f ms, rules %.0f ms%n", files.get(i).getFileName(), ext[i][r], rules[i][r]);
            }
        }
        for (int i = 0; i < files.size(); i++) {
            System.out.printf("%-40s extract %7.0f ms  rules %6.0f ms (median of rounds 2..%d)%n", files.get(i).getFileName(),
                    median(Arrays.copyOfRange(ext[i], Math.min(1, rounds - 1), rounds)),
                    median(Arrays.copyOfRange(rules[i], Math.min(1, rounds - 1), rounds)), rounds);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}

package io.tickmark.run;

import io.tickmark.engine.RuleEngine;
import io.tickmark.extract.Extraction;
import io.tickmark.source.Source;
import io.tickmark.source.SourceKind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/**
 * A cold check of one filing reads it on one core while the rules load on the other; the rules are
 * usually loaded first, and that core then idles until the filing is read. Priming spends the wait on
 * one rule run over a small filing bundled in the jar (the examples we wrote), thrown away: the first
 * run of the rule engine in a JVM costs several times a later one (its classes linked, its code
 * interpreted until compiled), and the real filing's run then starts past most of that.
 *
 * <p>Nothing of the priming run reaches a report: its session, facts and findings are dropped, and a
 * failure in it is ignored (it only costs the time it took). It runs in a daemon thread so that it
 * never holds up the check: a filing read before the priming ends is checked at once, beside it.
 */
public final class RulePriming {
    /** The bundled examples (copied into the jar from examples/ at build time). */
    static final String[] SAMPLES = {"/io/tickmark/priming/harbour-lights-2023-annual.txt",
            "/io/tickmark/priming/red-lantern-2022-interim.txt"};

    private RulePriming() {}

    /** Primes {@code engine} in the background if the first filing is still being read. */
    public static void whileReading(RuleEngine engine, ReadAhead readAhead) {
        if (!readAhead.inFlight()) return;
        DocumentRun.startWorker("tickmark-rule-priming", () -> prime(engine)).setPriority(Thread.MIN_PRIORITY);
    }

    /** One rule run over each bundled sample; returns how many ran (tests). */
    static int prime(RuleEngine engine) {
        int ran = 0;
        for (String sample : SAMPLES) {
            try {
                Extraction ex = extract(sample);
                if (ex == null) continue;
                engine.run(ex, Set.of());
                ran++;
            } catch (IOException | RuntimeException e) {
                // priming is only a warm-up: whatever fails here fails again, and is reported, in the real check
            }
        }
        return ran;
    }

    private static Extraction extract(String resource) throws IOException {
        try (InputStream in = RulePriming.class.getResourceAsStream(resource)) {
            if (in == null) return null;
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Checker.readText(Source.text(Path.of(resource.substring(resource.lastIndexOf('/') + 1)), SourceKind.TEXT, text, "UTF-8"));
        }
    }
}

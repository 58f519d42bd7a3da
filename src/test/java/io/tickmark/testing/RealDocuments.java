package io.tickmark.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real filings live in ../shared, beside the checkout, and are never copied into the project.
 * Tests that read them skip with a clear message where ../shared is absent (a user's machine);
 * {@code .ci/run} sets {@code -Dtickmark.realdocs=required}, and then a missing file fails the test.
 */
public final class RealDocuments {
    private RealDocuments() {}

    public static Path shared() {
        return Path.of(System.getProperty("tickmark.shared", "../shared")).toAbsolutePath().normalize();
    }

    /** A file under ../shared, e.g. {@code seeds/001_971f7cdaf1f4b365.txt}; skips or fails when absent. */
    public static Path require(String relative) {
        Path p = shared().resolve(relative);
        if (!Files.isRegularFile(p)) {
            String msg = "real document " + p + " is not available (tests read ../shared beside the checkout)";
            if ("required".equals(System.getProperty("tickmark.realdocs"))) throw new AssertionError(msg);
            Assumptions.abort(msg + "; skipping");
        }
        return p;
    }

    public static final String SEED_PRC_INTERIM = "seeds/001_971f7cdaf1f4b365.txt";
    public static final String SEED_HK_NARRATIVE = "seeds/000_7b63ba2623f6439b.txt";
    public static final String SEED_HK_PROSPECTUS = "seeds/003_3dd964466b025ba8.txt";
    public static final String[] CORPUS = {"APPLE_2022_10K", "BOEING_2022_10K", "PG_E_2018_10K", "WALMART_2024Q1_10Q"};
}

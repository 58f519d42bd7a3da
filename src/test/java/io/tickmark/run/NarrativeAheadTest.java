package io.tickmark.run;

import io.tickmark.extract.Extraction;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.narrative.NarrativeEnricher;
import io.tickmark.facts.StatedAmount;
import io.tickmark.source.Source;
import io.tickmark.source.SourceOpener;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The narrative read early, beside the tables, gives the facts of a read after them, or none. */
class NarrativeAheadTest {
    private static final String NARRATIVE = """
            For the year ended December 31, 2022 revenue was $120.5 million, compared with $98.2 million for the
            year ended December 31, 2021. As of December 31, 2022 we had cash of $14.0 million. The year ended
            December 31, 2022 saw net losses of $8.1 million.
            """;

    private static LayoutDocument layout(String text) {
        return LayoutDocument.fromText("n.txt", text);
    }

    @Test
    void theEarlyReadIsTheReadUnderTheYearTheTextNamesMostOften() {
        LayoutDocument layout = layout(NARRATIVE);
        NarrativeAhead ahead = NarrativeAhead.start("n.txt", layout, NARRATIVE);
        List<Object> early = ahead.factsFor(2022);
        assertNotNull(early);
        assertEquals(NarrativeEnricher.read("n.txt", layout, 2022).toString(), early.toString());
        assertTrue(early.stream().anyMatch(f -> f instanceof StatedAmount), early.toString());
    }

    @Test
    void anotherYearFromTheTablesDropsTheEarlyRead() {
        // the tables' statements end in 2023: the early read (under 2022) would call 2022's revenue current
        NarrativeAhead ahead = NarrativeAhead.start("n.txt", layout(NARRATIVE), NARRATIVE);
        assertNull(ahead.factsFor(2023));
        assertNull(NarrativeAhead.start("n.txt", layout(NARRATIVE), NARRATIVE).factsFor(null));
    }

    @Test
    void aFailedEarlyReadIsReadAgainWhereTheNarrativeIsRead() {
        // a layout the readers cannot walk: the early read fails, and the failure is not taken for facts
        NarrativeAhead ahead = NarrativeAhead.start("n.txt", null, NARRATIVE);
        assertNull(ahead.factsFor(2022));
    }

    @Test
    void anInterruptedWaitStopsTheEarlyReadAndSaysSo() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        NarrativeAhead ahead = NarrativeAhead.start(() -> {
            started.countDown();
            try {
                Thread.sleep(60_000);  // a long read
            } catch (InterruptedException e) {
                stopped.countDown();
            }
            return new NarrativeAhead.Read(2022, List.of());
        });
        started.await();
        Thread.currentThread().interrupt();  // the document's time limit ran out
        try {
            assertThrows(java.util.concurrent.CancellationException.class, () -> ahead.factsFor(2022));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the document run");
        } finally {
            Thread.interrupted();
        }
        assertTrue(stopped.await(10, java.util.concurrent.TimeUnit.SECONDS), "the early read was stopped");
    }

    @Test
    void aCheckedFilingHasTheSameFactsWithAndWithoutTheEarlyRead() throws Exception {
        Path example = Path.of("examples/harbour-lights-2023-annual.txt");
        try (Source source = SourceOpener.open(example)) {
            LayoutDocument layout = io.tickmark.extract.text.TextExtractor.layoutOf(source);
            Extraction withEarly = Checker.read(layout, source.text(), source.displayName(),
                    () -> new io.tickmark.extract.text.TextExtractor().extract(layout, source.text(), source.displayName()));
            Extraction without = new io.tickmark.extract.text.TextExtractor().extract(layout, source.text(), source.displayName());
            for (Enricher e : Enrichers.all()) e.enrich(without, layout, source.text());
            assertFalse(without.otherFacts().isEmpty());
            assertEquals(without.otherFacts().toString(), withEarly.otherFacts().toString());
        }
    }
}

package io.tickmark.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.narrative.NarrativeEnricher;

import java.nio.charset.StandardCharsets;

/** The sentence reader (paragraphs, sentence splitting, stated figures): any text is read without an exception. */
class SentenceReaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void readsAnyNarrative(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        NarrativeEnricher.read("fuzz.txt", LayoutDocument.fromText("fuzz.txt", text), 2022);
        NarrativeEnricher.read("fuzz.txt", LayoutDocument.fromText("fuzz.txt", text), null);
    }
}

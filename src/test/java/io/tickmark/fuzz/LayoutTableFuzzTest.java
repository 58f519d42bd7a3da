package io.tickmark.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.text.TextExtractor;
import io.tickmark.facts.Figure;

import java.nio.charset.StandardCharsets;

/**
 * The layout-text table reader (locator, column model, reader, fact builder): any text is read
 * without an exception, and every figure it yields has a usable amount and tolerance.
 */
class LayoutTableFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void readsAnyLayoutText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        LayoutDocument doc = LayoutDocument.fromText("fuzz.txt", text);
        Extraction ex = new TextExtractor().extract(doc, text, "fuzz.txt");
        for (Figure f : ex.figures()) {
            f.getAmount();
            f.getHalfUnit();
        }
    }
}

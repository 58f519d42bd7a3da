package io.tickmark.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.json.FactsJson;
import io.tickmark.facts.Figure;

import java.io.IOException;
import java.io.StringWriter;

/**
 * Facts JSON: any bytes are either refused with an IOException (a one-line input error) or read
 * into figures whose arithmetic works, and what was read can be written back.
 */
class FactsJsonFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void readsOrRefusesAnyFactsFile(byte[] input) throws IOException {
        Extraction ex;
        try {
            ex = FactsJson.read(input, "fuzz.facts.json");
        } catch (IOException refused) {
            return;
        }
        for (Figure f : ex.figures()) {
            f.getAmount();
            f.getHalfUnit();
        }
        FactsJson.write(ex, new StringWriter());
    }
}

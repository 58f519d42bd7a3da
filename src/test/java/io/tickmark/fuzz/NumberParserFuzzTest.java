package io.tickmark.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tickmark.extract.layout.Token;
import io.tickmark.extract.layout.Tokenizer;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The number parser (the layout tokenizer, which reads "(1,234.5)", "–", "12.3%"): any line gives
 * tokens inside the line, and a figure's value has sane precision. Seeds in
 * {@code src/test/resources/io/tickmark/fuzz/NumberParserFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class NumberParserFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void tokenizesAnyLine(byte[] input) {
        String line = new String(input, StandardCharsets.UTF_8).replace('\n', ' ').replace('\r', ' ');
        for (Token t : Tokenizer.tokenize(line)) {
            assertThat(t.start()).isBetween(0, line.length());
            assertThat(t.end()).isBetween(t.start(), line.length());
            if (t.value() != null) assertThat(t.value().precision()).isLessThanOrEqualTo(line.length() + 2);
        }
    }
}

package io.tickmark.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The compiled-once regex calls give what String's own regex methods give. */
class RegexTest {
    private static final String[] TEXTS = {"", "  Total current assets  ", "1,234  (5,678)", "a\nb\r\nc", "Sub- total", "   leading",
            "x,,y,,", "STATEMENTS OF OPERATIONS"};
    private static final String[] REGEXES = {"\\s+", "\\s{3,}", ",", "(?i)total", "^\\d{1,2}\\s+(?=[A-Z])", "(?<=\\p{L})- (?=\\p{L})",
            "\\r?\\n", ".*\\d.*", "(?s).*STATEMENTS? OF OPERATIONS.*"};

    @Test
    void sameAsStringMethods() {
        for (String t : TEXTS) {
            for (String r : REGEXES) {
                assertEquals(t.matches(r), Regex.matches(t, r), t + " / " + r);
                assertEquals(t.replaceAll(r, "<$0>"), Regex.replaceAll(t, r, "<$0>"), t + " / " + r);
                assertEquals(t.replaceFirst(r, "-"), Regex.replaceFirst(t, r, "-"), t + " / " + r);
                assertArrayEquals(t.split(r), Regex.split(t, r), t + " / " + r);
                assertArrayEquals(t.split(r, -1), Regex.split(t, r, -1), t + " / " + r);
            }
        }
    }

    @Test
    void compiledOnce() {
        assertSame(Regex.of("\\s+"), Regex.of("\\s+"));
    }
}

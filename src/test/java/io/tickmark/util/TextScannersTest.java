package io.tickmark.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link Spaces} and {@link AsciiCase} give what the regex and lower-case copies they replace gave. */
class TextScannersTest {
    private static final List<String> TEXTS = List.of("", " ", "a", "a b", "a  b", " a ", "a\tb", "a \t b", "\r\n", "x\u000B\fy", "a\u00a0 b",
            "Total  current\tassets ", "In Thousands", "IN MILLIONS", "İn thousands", "\u212Aelvin", "RMB'000", "$ in millions", "unit: RMB",
            "Dollars In Millions", "naïve  café", "ends with space ");

    @Test
    void collapseLikeTheWhiteSpacePattern() {
        for (String t : TEXTS) assertEquals(t.replaceAll("\\s+", " "), Spaces.collapse(t), t);
        String plain = "nothing to collapse";
        assertSame(plain, Spaces.collapse(plain));
    }

    @Test
    void containsLikeALowerCaseCopy() {
        for (String t : TEXTS) {
            for (String w : List.of("in ", "000", "unit", "rmb", "dollars in", "$ in", "kelvin", "a", "", "ends with space ")) {
                assertEquals(t.toLowerCase(Locale.ROOT).contains(w), AsciiCase.contains(t, w), t + " / " + w);
            }
        }
        assertEquals(false, AsciiCase.contains("in millions", 3, 11, "in "));
        assertEquals(true, AsciiCase.contains("xx IN millions", 3, 6, "in "));
    }
}

package io.tickmark.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CueWordsTest {
    private static final List<String> WORDS = List.of("going", "continu", "cash", "chapter 11", "of which", "ca", "authori", "kelvin");
    private static final CueWords CUES = new CueWords(WORDS);

    @Test
    void findsWhatALowerCaseCopyContains() {
        for (String text : List.of("", "c", "Cash", "CASH flows", "the going concern", "We CONTINUE", "filed under Chapter 11.", "of  which",
                "Of Which", "ca", "c a", "caSh", "naïve cash", "\u212Aelvin", "AUTHORİTY", "authorised", "goin", "…going…", "ċash")) {
            boolean[] found = CUES.scan(text);
            String lower = text.toLowerCase(Locale.ROOT);
            for (int w = 0; w < WORDS.size(); w++) {
                // a gate: every word of the lower-case copy is found; U+0130 may find one more
                if (lower.contains(WORDS.get(w))) assertTrue(found[w], text + " / " + WORDS.get(w));
                else if (text.indexOf('\u0130') < 0) assertEquals(false, found[w], text + " / " + WORDS.get(w));
            }
        }
        assertTrue(CueWords.any(CUES.scan("AUTHORİTY"), CUES.ids(List.of("authori"))));
    }

    @Test
    void anyOfSomeWords() {
        boolean[] found = CUES.scan("Net cash used");
        assertTrue(CueWords.any(found, CUES.ids(List.of("going", "cash"))));
        assertEquals(false, CueWords.any(found, CUES.ids(List.of("going", "continu"))));
    }

    @Test
    void wordsAreLowerCaseAsciiOfTwoCharactersOrMore() {
        assertThrows(IllegalArgumentException.class, () -> new CueWords(List.of("x")));
        assertThrows(IllegalArgumentException.class, () -> new CueWords(List.of("Cash")));
        assertThrows(IllegalArgumentException.class, () -> new CueWords(List.of("café")));
    }
}

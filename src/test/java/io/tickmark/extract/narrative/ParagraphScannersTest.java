package io.tickmark.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The paragraph reader's char scanners give what the patterns they replace gave. */
class ParagraphScannersTest {
    private static final List<String> LINES = List.of("", "a", "Revenue   1,234   5,678", "Revenue  1,234", "a   ", "   b", "a \t  b",
            "a    \tb", "1   2", "The Company had revenue of $5 million in the year.", "Total", "(1,234)", "12 34 56", "Notes (continued):",
            "“Quoted”", "It ended’", "ends here\r.", "a\u2028b.", "one two three four five six seven eight", "one two three four five six seven",
            "x\u000By z", "Net   income  (loss)", "Cash and cash equivalents at end of year   1,234", "12.5%  13.1%  and   more");

    @Test
    void tableLinesAsBefore() {
        for (String t : LINES) assertEquals(isTableLineByPatterns(t), ParagraphReader.isTableLine(t), t);
    }

    private static boolean isTableLineByPatterns(String t) {
        if (java.util.regex.Pattern.compile("\\S {3,}\\S").matcher(t).find()) return true;
        long letters = t.chars().filter(Character::isLetter).count();
        if (letters * 2 >= t.length() || t.length() <= 3) return false;
        long words = java.util.Arrays.stream(t.split("\\s+")).filter(w -> w.chars().filter(Character::isLetter).count() >= 3).count();
        return words < 4;
    }

    @Test
    void terminalPunctuationLikeThePattern() {
        for (String t : LINES) assertEquals(t.matches(".*[.,;:?!)\"”’]$"), ParagraphReader.endsTerminal(t), t);
        assertEquals(true, ParagraphReader.endsTerminal(new StringBuilder("built.")));
    }

    @Test
    void eightWordsLikeTheSplit() {
        for (String t : LINES) {
            String s = t.strip();
            assertEquals(s.split("\\s+").length >= 8, ParagraphReader.hasEightWords(s), t);
        }
    }
}

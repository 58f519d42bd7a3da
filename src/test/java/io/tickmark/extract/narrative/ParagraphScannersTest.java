package io.tickmark.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The paragraph reader's char scanners give what the patterns they replace gave. */
class ParagraphScannersTest {
    private static final List<String> LINES = List.of("", "a", "Revenue   1,234   5,678", "Revenue  1,234", "a   ", "   b", "a \t  b",
            "a    \tb", "1   2", "The Company had revenue of $5 million in the year.", "Total", "(1,234)", "12 34 56", "Notes (continued):",
            "“Quoted”", "It ended’", "ends here\r.", "a\u2028b.", "one two three four five six seven eight", "one two three four five six seven",
            "x\u000By z", "Net   income  (loss)", "Cash and cash equivalents at end of year   1,234", "12.5%  13.1%  and   more",
            "relating   to  the   resolution    of  unsound      or  failing   banks,   investment      firms",
            "one   two   three   four   five   six   seven", "one   two   three   four   five   six   seven   eight   1,234   5,678", "one   two   three   four   five   six   seven   eight   1,234   nine",
            "one two three four five six seven          eight", "one  two\tthree  four   five six seven eight nine",
            "1,234   5,678   9,012   3,456   7,890   1,234   5,678   9,012", "•    the loss of key customers, a reduction in their production requirements",
            "(f)    Insolvency Proceedings, Etc.  Any Loan Party institutes or consents to the institution of any proceeding");

    @Test
    void tableLinesAsBefore() {
        for (String t : LINES) assertEquals(isTableLineByPatterns(t), ParagraphReader.isTableLine(t), t);
    }

    private static boolean isTableLineByPatterns(String t) {
        if (java.util.regex.Pattern.compile("\\S {3,}\\S").matcher(t).find()) return !justifiedByPatterns(t);
        long letters = t.chars().filter(Character::isLetter).count();
        if (letters * 2 >= t.length() || t.length() <= 3) return false;
        long words = java.util.Arrays.stream(t.split("\\s+")).filter(w -> w.chars().filter(Character::isLetter).count() >= 3).count();
        return words < 4;
    }

    /** At least eight words, three in four with a letter, separated by spaces only, none more than eight. */
    private static boolean justifiedByPatterns(String t) {
        String s = t.strip();
        if (java.util.regex.Pattern.compile("[^ \\S]").matcher(s).find() || java.util.regex.Pattern.compile("\\S {9,}\\S").matcher(s).find()) return false;
        String[] words = s.split(" +");
        if (words[words.length - 1].chars().noneMatch(Character::isLetter)) return false;
        long withLetters = java.util.Arrays.stream(words).filter(w -> w.chars().anyMatch(Character::isLetter)).count();
        long wideGaps = java.util.regex.Pattern.compile("\\S {2,}(?=\\S)").matcher(s).results().count();
        return words.length >= 8 && withLetters * 4 >= words.length * 3L && wideGaps * 2 >= words.length - 1;
    }

    @Test
    void justifiedProseIsNoTableLine() {
        assertEquals(false, ParagraphReader.isTableLine("relating   to  the   resolution    of  unsound      or  failing   banks,   investment      firms"));
        assertEquals(true, ParagraphReader.isTableLine("Balance at January 1, 2022 as previously reported        1,234      5,678"));
        assertEquals(true, ParagraphReader.isTableLine("•    the loss of key customers, a reduction in their production requirements"));
        assertEquals(true, ParagraphReader.isTableLine("Cash   and   cash   equivalents   at   end   of   year   1,234   5,678   9,012   3,456"));
    }

    @Test
    void clauseCaptionsClosedByAPeriod() {
        assertEquals(true, ParagraphReader.isCaption("(f) Insolvency Proceedings, Etc."));
        assertEquals(true, ParagraphReader.isCaption("Events of Default."));
        assertEquals(false, ParagraphReader.isCaption("The Company filed for bankruptcy."));
        assertEquals(false, ParagraphReader.isCaption("Insolvency Proceedings, Etc"));
        assertEquals(false, ParagraphReader.isCaption("Default."));
        assertEquals(false, ParagraphReader.isCaption("On May 1, Lenders Declared An Event Of Default Under The Credit Agreement And Accelerated."));
    }

    /** The definition {@code isCaption} had as a split, kept to hold the scan to it. */
    private static boolean captionBySplit(String t) {
        if (!t.endsWith(".")) return false;
        String[] words = t.substring(0, t.length() - 1).strip().split("\\s+");
        if (words.length < 2 || words.length > 8) return false;
        java.util.Set<String> small = java.util.Set.of("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with");
        int titled = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i == 0 && w.startsWith("(") && w.endsWith(")")) continue;
            if (Character.isUpperCase(w.charAt(0))) titled++;
            else if (!small.contains(w.replace(",", ""))) return false;
        }
        return titled >= 2;
    }

    @Test
    void captionsLikeTheSplit() {
        List<String> cases = new java.util.ArrayList<>(LINES.stream().map(String::strip).toList());
        cases.addAll(List.of("(f) Insolvency Proceedings, Etc.", "Events of Default.", "(f) Default.", "() Events of Default.", "( Events Of.",
                "One Two Three Four Five Six Seven Eight.", "One Two Three Four Five Six Seven Eight Nine.", "Of the.", "A B.", "(a)  Rights\tof  Holders.",
                "The Company filed for bankruptcy.", ".", "X."));
        for (String t : cases) assertEquals(captionBySplit(t), ParagraphReader.isCaption(t), t);
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

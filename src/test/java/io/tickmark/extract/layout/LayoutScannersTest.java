package io.tickmark.extract.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The char scanners of the layout readers give what the regexes they stand in for gave. */
class LayoutScannersTest {

    @Test
    void linesSplitLikeTheLineBreakPattern() {
        for (String text : List.of("", "a", "\n", "\r\n", "a\nb", "a\r\nb\r\n", "a\rb\n\n", "\r", "\r\r\n", "x\n\ny\n", "\f1\n\fz", "é\r\nü")) {
            assertArrayEquals(text.split("\\r?\\n", -1), LayoutDocument.lines(text), text);
        }
    }

    @Test
    void commaGroupLikeThePattern() {
        Pattern p = Pattern.compile(".*\\d,\\d{3}.*");
        for (String line : List.of("", ",", "1,234", "Revenue   1,234   5,678", "1,23", "a,123", "1,2345", "x 12,000y", "1,234\r",
                "1,234\u2028", "\u00851,234", "2021, 2020", ",123", "9,99", "1,234,567", "1, 234")) {
            assertEquals(p.matcher(line).matches(), Tokenizer.hasCommaGroup(line), line);
        }
    }

    @Test
    void pageNumbersAsBefore() {
        for (String line : List.of("12", "  12  ", "Page 3", "page 3 of 10", "- 4 -", "— 12 —", "Acme | Form 10-K | 28", "Total   12",
                "12.", "", "   ", "-", "1 2", "Note 4")) {
            boolean expected = isPageNumberByPatterns(line.trim());
            assertEquals(expected, LayoutDocument.isPageNumberText(line), line);
        }
    }

    private static boolean isPageNumberByPatterns(String t) {
        return t.matches("\\d{1,4}") || t.matches("(?i)(page )?\\d{1,4}( of \\d{1,4})?") || t.matches(".{0,60}\\|.{0,40}\\| *\\d{1,4}")
                || t.matches("[-–—] ?\\d{1,4} ?[-–—]");
    }

    @Test
    void figurePiecesPassTheGate() {
        for (String piece : List.of(")", "%)", "12)", "(a)", "(1)(2)", "*", "†", "‡‡", "§", "¹", "⁴", "⁰", "234", "567.5)")) {
            assertTrue(Tokenizer.mayBeFigurePiece(piece), piece);
        }
        for (String word : List.of("Total", "and", "$", "%", "-", "a)")) {
            assertEquals(word.endsWith(")"), Tokenizer.mayBeFigurePiece(word), word);
        }
    }

    @Test
    void tokensOfLinesAsBefore() {
        // the gated paths: words of prose, nils, fragments, glued markers, separators, cents after text
        List<Token> t = Tokenizer.tokenize("Total assets (note 4)      1,234(a)    —    (5 )   1'234   n/m   ,908,   12.50");
        assertEquals(List.of("Total assets (note 4)", "1,234(a)", "—", "(5)", "1'234", "n/m", ",908,", "12.50"),
                t.stream().map(Token::text).toList());
        assertEquals(List.of(TokenType.TEXT, TokenType.AMOUNT, TokenType.NIL, TokenType.AMOUNT, TokenType.AMOUNT, TokenType.TEXT,
                TokenType.FRAGMENT, TokenType.AMOUNT), t.stream().map(Token::type).toList());
        assertEquals(new java.math.BigDecimal("1234"), t.get(4).value());
        assertEquals(TokenType.TEXT, Tokenizer.classify("", 0, 0).type());
        assertEquals(TokenType.NIL, Tokenizer.classify("-", 0, 1).type());
        assertEquals(TokenType.FRAGMENT, Tokenizer.classify(".", 0, 1).type());
    }
}

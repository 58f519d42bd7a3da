package io.tickmark.extract.pdf;

import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.layout.Token;
import io.tickmark.extract.layout.TokenType;
import io.tickmark.extract.layout.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grouping of glyphs into words, lines and columns, on glyphs placed by the test: the layout
 * phenomena of filings (right-aligned figures, note markers, dot leaders, CJK labels, rotated
 * captions, pieces of text drawn touching in another font).
 */
class PageLayoutTest {
    private static final Object REGULAR = new Object();
    private static final Object BOLD = new Object();
    private static final double FS = 10;

    private final List<Glyph> glyphs = new ArrayList<>();
    private int seq;

    /** Draws a string from x on a baseline, each character half a font size wide (CJK: a full one). */
    private double draw(String s, double x, double base, double fs, Object font, int dir) {
        seq += 5; // a new text-showing operation
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            double w = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? fs : fs / 2;
            glyphs.add(new Glyph(cp, x, w, base, fs, 0.75, -0.25, font, dir, seq++, x, 792 - base, w, 0));
            x += w;
        }
        return x;
    }

    private double draw(String s, double x, double base) {
        return draw(s, x, base, FS, REGULAR, 0);
    }

    /** Draws a figure whose last character ends at {@code right}. */
    private void right(String s, double right, double base) {
        draw(s, right - s.length() * FS / 2, base);
    }

    private List<String> lines() {
        return PageLayout.lay(glyphs, 612, 792).stream().map(PageLine::text).toList();
    }

    private static List<Token> tokens(String line) {
        return Tokenizer.tokenize(line);
    }

    @Test
    void everyLineWithADotLeaderPassesTheLeaderGate() {
        assertThat(PageLayout.mayHaveLeader("Total revenue ........ 1,234")).isTrue();
        assertThat(PageLayout.mayHaveLeader("Total revenue . . . . . 1,234")).isTrue();
        assertThat(PageLayout.mayHaveLeader("Net sales \u00B7\u00B7\u00B7\u00B7\u00B7 12")).isTrue();
        assertThat(PageLayout.mayHaveLeader("Notes \u2026\u2026\u2026\u2026\u2026 7")).isTrue();
        assertThat(PageLayout.mayHaveLeader("Note 1.2 in U.S. $")).isFalse();
        // the gate only skips lines the pattern cannot match
        java.util.Random r = new java.util.Random(7);
        char[] alphabet = {'.', '\u00B7', '\u2026', ' ', '1', 'a'};
        for (int i = 0; i < 100_000; i++) {
            char[] line = new char[r.nextInt(16)];
            for (int k = 0; k < line.length; k++) line[k] = alphabet[r.nextInt(alphabet.length)];
            String t = new String(line);
            if (PageLayout.LEADER.matcher(t).find()) assertThat(PageLayout.mayHaveLeader(t)).as(t).isTrue();
        }
    }

    @Test
    void rightAlignedFiguresShareTheirRightEdge() {
        draw("Cash and cash equivalents", 72, 100);
        right("1,234", 400, 100);
        right("(98)", 500, 100);
        draw("Receivables", 72, 114);
        right("56", 400, 114);
        right("(1,100)", 500, 114);
        List<String> lines = lines();
        assertThat(lines).hasSize(2);
        LayoutLine a = LayoutLine.of(1, 1, lines.get(0));
        LayoutLine b = LayoutLine.of(1, 2, lines.get(1));
        assertThat(a.trailingFigures()).hasSize(2);
        assertThat(b.trailingFigures()).hasSize(2);
        assertThat(a.trailingFigures().get(0).edge()).isEqualTo(b.trailingFigures().get(0).edge());
        assertThat(a.trailingFigures().get(1).edge()).isEqualTo(b.trailingFigures().get(1).edge());
        assertThat(a.label()).isEqualTo("Cash and cash equivalents");
    }

    @Test
    void wordsASpaceApartStayOneLabelAndAWideGapSeparatesTheFigure() {
        double x = draw("Total", 72, 100);
        x = draw("current", x + 3, 100);
        draw("assets", x + 3, 100);
        right("1,800", 400, 100);
        List<Token> t = tokens(lines().get(0));
        assertThat(t).extracting(Token::text).containsExactly("Total current assets", "1,800");
        assertThat(t.get(1).type()).isEqualTo(TokenType.AMOUNT);
    }

    @Test
    void digitsDrawnTouchingInAnotherFontAreNotGluedIntoOneNumber() {
        double x = draw("2021", 300, 100, FS, BOLD, 0);
        draw("2022", x, 100, FS, REGULAR, 0);
        assertThat(tokens(lines().get(0))).extracting(Token::text).containsExactly("2021", "2022");
    }

    @Test
    void aNumberIsNotGluedToTheWordAfterIt() {
        double x = draw("100", 72, 100, FS, BOLD, 0);
        draw("Main Street", x, 100, FS, REGULAR, 0);
        assertThat(lines().get(0).trim()).isEqualTo("100 Main Street");
    }

    @Test
    void aNumberDrawnInPiecesStaysOneNumber() {
        double x = draw("1,2", 300, 100);
        draw("34", x, 100); // the next string of the same text object, same font, no gap
        seq -= 5;
        assertThat(lines().get(0).trim()).isEqualTo("1,234");
    }

    @Test
    void aRaisedNoteMarkerStaysOnItsLine() {
        double x = draw("Revenue", 72, 100);
        draw("(1)", x + 2, 97, 6, REGULAR, 0);
        right("5,000", 400, 100);
        List<String> lines = lines();
        assertThat(lines).hasSize(1);
        assertThat(LayoutLine.of(1, 1, lines.get(0)).label()).isEqualTo("Revenue (1)");
        assertThat(LayoutLine.of(1, 1, lines.get(0)).trailingFigures()).extracting(Token::text).containsExactly("5,000");
    }

    @Test
    void aRaisedDigitAgainstAFigureIsNotRunIntoItsDigits() {
        draw("Goodwill", 72, 100);
        right("1,234", 400, 100);
        draw("1", 400, 97, 6, REGULAR, 0);
        List<Token> t = tokens(lines().get(0));
        assertThat(t).extracting(Token::text).contains("1,234").doesNotContain("1,2341");
    }

    @Test
    void dotLeadersAreLayoutNotText() {
        double x = draw("Inventories", 72, 100);
        draw(" . . . . . . . . . . . . . .", x, 100);
        right("4,946", 400, 100);
        LayoutLine l = LayoutLine.of(1, 1, lines().get(0));
        assertThat(l.label()).isEqualTo("Inventories");
        assertThat(l.trailingFigures()).extracting(Token::text).containsExactly("4,946");
    }

    @Test
    void cjkLabelsAreOneLabelBeforeTheirFigures() {
        draw("货币资金", 72, 100);
        right("1,234.56", 400, 100);
        right("987.00", 500, 100);
        LayoutLine l = LayoutLine.of(1, 1, lines().get(0));
        assertThat(l.label()).isEqualTo("货币资金");
        assertThat(l.trailingFigures()).extracting(Token::text).containsExactly("1,234.56", "987.00");
    }

    @Test
    void textInAnotherDirectionFollowsThePageInItsOwnReadingFrame() {
        draw("Balance sheet", 72, 100);
        // A caption running upwards along the margin, read as its own line after the page's text.
        draw("Unaudited", 400, 30, FS, REGULAR, 1);
        List<String> lines = lines();
        assertThat(lines.get(0).trim()).isEqualTo("Balance sheet");
        assertThat(lines.get(lines.size() - 1).trim()).isEqualTo("Unaudited");
    }

    @Test
    void aVerticalGapBecomesBlankLines() {
        draw("Heading", 72, 100);
        draw("Body", 72, 140); // four font sizes further down
        List<String> lines = lines();
        assertThat(lines).containsExactly("Heading", "", "", "", "Body");
    }

    @Test
    void textDrawnTwiceForABoldEffectIsKeptOnce() {
        draw("Total assets", 72, 100);
        draw("Total assets", 72.2, 100);
        right("4,000", 400, 100);
        assertThat(tokens(lines().get(0))).extracting(Token::text).containsExactly("Total assets", "4,000");
    }
}

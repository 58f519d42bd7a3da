package io.tickmark.extract;

import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.layout.Token;
import io.tickmark.extract.layout.TokenType;
import io.tickmark.extract.layout.Tokenizer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    private static Token one(String word) {
        return Tokenizer.classify(word, 0, word.length());
    }

    @Test
    void readsTheWaysFilingsWriteFigures() {
        assertThat(one("(1,234)").value()).isEqualByComparingTo("-1234");
        assertThat(one("-7,233,490.68").value()).isEqualByComparingTo("-7233490.68");
        assertThat(one("-7,233,490.68").decimals()).isEqualTo(2);
        assertThat(one("$1,234").value()).isEqualByComparingTo("1234");
        assertThat(one("($5,053)").value()).isEqualByComparingTo("-5053");
        assertThat(one("RMB(283,431,000)").value()).isEqualByComparingTo("-283431000");
        assertThat(one("–").type()).isEqualTo(TokenType.NIL);
        assertThat(one("—").type()).isEqualTo(TokenType.NIL);
        assertThat(one("31.79%").type()).isEqualTo(TokenType.PERCENT);
        assertThat(one("426,0").type()).isEqualTo(TokenType.FRAGMENT);
        assertThat(one(",908,").type()).isEqualTo(TokenType.FRAGMENT);
        assertThat(one("Total").type()).isEqualTo(TokenType.TEXT);
    }

    @Test
    void theRightEdgeOfAFigureIgnoresItsClosingParenthesis() {
        Token t = Tokenizer.classify("(1,234)", 10, 17);
        assertThat(t.edge()).isEqualTo(16);
    }

    @Test
    void numbersInsideLabelsStayLabelText() {
        LayoutLine l = LayoutLine.of(1, 1, "  Balance at December 31, 2021              1,234        (567)");
        assertThat(l.label()).isEqualTo("Balance at December 31, 2021");
        assertThat(l.trailingFigures()).extracting(Token::value).containsExactly(new BigDecimal("1234"), new BigDecimal("-567"));
        LayoutLine range = LayoutLine.of(1, 2, "  Plant & buildings     Average service life method      20 -35       5.00");
        assertThat(range.trailingFigures()).hasSize(1);
    }

    @Test
    void figuresBeforeATextColumnBelongToTheRow() {
        LayoutLine l = LayoutLine.of(1, 1, "  AVIC Training      Training fee          0.00          No            -2,298.55");
        List<Token> figs = l.trailingFigures();
        assertThat(figs).extracting(Token::value).containsExactly(new BigDecimal("0.00"), new BigDecimal("-2298.55"));
    }

    @Test
    void aPercentSignOneSpaceAwayBelongsToItsNumber() {
        LayoutLine l = LayoutLine.of(1, 1, "  Mac          40,177      14 %      35,190");
        assertThat(l.trailingFigures()).extracting(Token::type).containsExactly(TokenType.AMOUNT, TokenType.PERCENT, TokenType.AMOUNT);
    }

    @Test
    void aPercentSignAFewSpacesAwayBelongsToItsNumberButNotToAYear() {
        LayoutLine l = LayoutLine.of(1, 1, "  DVD revenues        182,348        239,381        (24)   %");
        assertThat(l.trailingFigures()).extracting(Token::type).containsExactly(TokenType.AMOUNT, TokenType.AMOUNT, TokenType.PERCENT);
        assertThat(l.trailingFigures().get(2).value()).isEqualByComparingTo("-24");
        LayoutLine nil = LayoutLine.of(1, 2, "  Other               1,000          900           —    %");
        assertThat(nil.trailingFigures()).extracting(Token::type).containsExactly(TokenType.AMOUNT, TokenType.AMOUNT, TokenType.PERCENT);
        LayoutLine header = LayoutLine.of(1, 3, "                      2023     %      2022     %");
        assertThat(header.tokens()).extracting(Token::text).containsExactly("2023", "%", "2022", "%");
        LayoutLine far = LayoutLine.of(1, 4, "  Margin              1,000          900          12        %");
        assertThat(far.trailingFigures()).extracting(Token::type).doesNotContain(TokenType.PERCENT);
    }

    @Test
    void aRangeOfUsefulLivesIsLabelTextNotAFigure() {
        LayoutLine l = LayoutLine.of(1, 1, "  Customer lists          3 - 11 years     $      1,154   $     (1,105)   $      49");
        assertThat(l.trailingFigures()).extracting(Token::text).containsExactly("1,154", "(1,105)", "49");
        assertThat(l.label()).isEqualTo("Customer lists          3 - 11 years");
        LayoutLine dashes = LayoutLine.of(1, 2, "  Software                2 \u2013 5          601        (579)        22");
        assertThat(dashes.trailingFigures()).extracting(Token::text).containsExactly("601", "(579)", "22");
        LayoutLine target = LayoutLine.of(1, 4, "  Cash                    815         3%     0 - 5%      22");
        assertThat(target.trailingFigures()).extracting(Token::text).containsExactly("815", "3%", "22");
        LayoutLine prices = LayoutLine.of(1, 5, "  Aircraft          Market approach          $40 - $51(1)");
        assertThat(prices.trailingFigures()).isEmpty();
        // a nil between two figures set a single space apart is not a range: the second is not larger
        LayoutLine cells = LayoutLine.of(1, 3, "  Other                   12 - 5           19");
        assertThat(cells.trailingFigures()).extracting(Token::text).contains("12");
    }

    @Test
    void aSpanOfMaturityYearsIsLabelTextNotTwoFigures() {
        LayoutLine l = LayoutLine.of(1, 1, "     Fixed-rate 0.500% – 3.900% notes        2024 – 2055          81,210        0.51% – 3.95%");
        assertThat(l.trailingFigures()).extracting(Token::text).doesNotContain("2024", "2055").contains("81,210");
        // the later year first is no span: two year cells and a nil stay cells
        LayoutLine back = LayoutLine.of(1, 2, "  Notes                   2055 - 2024           19");
        assertThat(back.trailingFigures()).extracting(Token::text).contains("2055");
    }

    @Test
    void aFootnoteMarkerGluedToASmallFigureIsTheFigure() {
        LayoutLine l = LayoutLine.of(1, 1, "Boeing 767F             128          \u2014       128(1)          127,100");
        assertThat(l.trailingFigures()).extracting(Token::text).containsExactly("128", "\u2014", "128(1)", "127,100");
        assertThat(l.trailingFigures().get(2).value()).isEqualByComparingTo("128");
        assertThat(l.trailingFigures().get(2).edge()).isEqualTo(l.trailingFigures().get(2).start() + 3);
        assertThat(one("13(2)").value()).isEqualByComparingTo("13");
        assertThat(one("42\u00b9").value()).isEqualByComparingTo("42");
        // a marker alone is a negative figure, a spaced one after a small figure is a figure of its own,
        // a year with a marker is a year heading, a letter after a small number is a note reference
        assertThat(one("(1)").value()).isEqualByComparingTo("-1");
        assertThat(one("(1)(2)").type()).isEqualTo(TokenType.TEXT);
        assertThat(LayoutLine.of(1, 2, "  Revenue          5 (1)").trailingFigures()).extracting(Token::text).containsExactly("5", "(1)");
        assertThat(one("2023(1)").type()).isEqualTo(TokenType.TEXT);
        // the same one space apart: a column heading, with no figure in it
        LayoutLine heading = LayoutLine.of(1, 3, "                                  2021 (1)(2)            2020 (3)         2019");
        assertThat(heading.trailingFigures()).extracting(Token::text).containsExactly("2019");
        assertThat(heading.tokens()).extracting(Token::text).containsExactly("2021 (1)(2)", "2020 (3)", "2019");
        assertThat(LayoutLine.of(1, 4, "Notes due 2027 (1)          500       450").trailingFigures()).extracting(Token::text)
                .containsExactly("500", "450");
        // a nil with its marker is a nil
        assertThat(LayoutLine.of(1, 6, " Accelerated repurchase          29,346,774 (1)   $        — (1)         29,346,774")
                .trailingFigures()).extracting(Token::type).containsExactly(TokenType.AMOUNT, TokenType.NIL, TokenType.AMOUNT);
        // a marker two spaces from a year is a cell of its own
        assertThat(LayoutLine.of(1, 5, "  Balance          2021  (1)").trailingFigures()).extracting(Token::text).contains("(1)");
        assertThat(one("5(a)").type()).isEqualTo(TokenType.TEXT);
    }
}

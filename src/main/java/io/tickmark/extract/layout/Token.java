package io.tickmark.extract.layout;

import io.tickmark.util.Regex;
import java.math.BigDecimal;

/**
 * A run of non-space characters on a layout line, with its character columns. For figures,
 * {@code edge} is the column just after the last digit, ignoring a trailing {@code )} or {@code %},
 * so right-aligned figures line up whatever their sign convention.
 */
public record Token(String text, int start, int end, TokenType type, BigDecimal value, int decimals, int edge) {

    public boolean isFigure() {
        return type == TokenType.AMOUNT || type == TokenType.NIL || type == TokenType.PERCENT;
    }

    /** A plain four-digit year such as 2022: a column header, not a figure. */
    public boolean isYear() {
        return type == TokenType.AMOUNT && text.length() == 4 && Regex.matches(text, "(19|20)\\d\\d");
    }
}

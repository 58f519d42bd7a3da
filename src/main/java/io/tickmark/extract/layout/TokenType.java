package io.tickmark.extract.layout;

/** What a run of characters on a layout line is. */
public enum TokenType {
    /** A figure: {@code 1,234.56}, {@code (1,234)}, {@code -12.00}, {@code 946}. */
    AMOUNT,
    /** Nil written as a dash: {@code –}, {@code —}, {@code -}, {@code _}. */
    NIL,
    /** A percentage: {@code 31.79%}. */
    PERCENT,
    /** A piece of a figure broken over several lines by a narrow column: {@code 426,0}, {@code ,908,}. */
    FRAGMENT,
    /** A currency sign standing alone before a figure: {@code $}. */
    CURRENCY,
    /** Anything else. */
    TEXT
}

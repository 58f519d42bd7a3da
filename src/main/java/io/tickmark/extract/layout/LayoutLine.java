package io.tickmark.extract.layout;

import java.util.List;

/**
 * One line of a laid-out page: its text, where it sits (page, line number in the file, or a PDF
 * baseline) and its tokens with character columns. PDF glyph positions are mapped to the same
 * character-column scale, so one table parser serves both inputs; a line read from a PDF also
 * carries the box of every character column ({@code box}, null for layout text).
 */
public record LayoutLine(int page, int lineNo, String text, List<Token> tokens, LineBox box) {

    public static LayoutLine of(int page, int lineNo, String text) {
        return new LayoutLine(page, lineNo, text, Tokenizer.tokenize(text), null);
    }

    public boolean isBlank() { return tokens.isEmpty(); }

    /** The figures at the end of the line, after the last text token (the row's cells). */
    public List<Token> trailingFigures() {
        int i = firstTrailing();
        return tokens.subList(i, tokens.size()).stream().filter(Token::isFigure).toList();
    }

    /**
     * Index of the first trailing figure. A year or small whole number that opens the line and is
     * followed by figures is the row's label ("2024  10,124,068.03  11,684,299.22").
     */
    private int firstTrailing() {
        int i = tokens.size();
        while (i > 0) {
            Token t = tokens.get(i - 1);
            if (t.isFigure() || t.type() == TokenType.CURRENCY) i--;
            else break;
        }
        if (i == 0 && tokens.size() >= 3) {
            Token first = tokens.get(0);
            if (first.type() == TokenType.AMOUNT && first.start() < 12 && first.text().matches("\\d{1,4}") && tokens.get(1).start() - first.end() >= 2) i = 1;
        }
        return i;
    }

    /** The label: the text before the trailing figures, numbers inside it included. */
    public String label() {
        List<Token> figs = trailingFigures();
        int end = figs.isEmpty() ? text.length() : firstTrailingStart();
        return text.substring(0, Math.min(end, text.length())).replace('\u00a0', ' ').trim();
    }

    private int firstTrailingStart() {
        return tokens.get(firstTrailing()).start();
    }

    public boolean hasFragments() {
        return tokens.stream().anyMatch(t -> t.type() == TokenType.FRAGMENT);
    }

    public int indent() {
        return tokens.isEmpty() ? 0 : tokens.get(0).start();
    }
}

package io.tickmark.extract.layout;

import java.util.List;

/**
 * One line of a laid-out page: its text, where it sits (page, line number in the file, or a PDF
 * baseline) and its tokens with character columns. PDF glyph positions are mapped to the same
 * character-column scale, so one table parser serves both inputs; a line read from a PDF also
 * carries the box of every character column ({@code box}, null for layout text).
 */
public record LayoutLine(int page, int lineNo, String text, List<Token> tokens, LineBox box) {

    /** A line of text; dot leaders are blanked (see {@link Leaders}), everything else kept as it is. */
    public static LayoutLine of(int page, int lineNo, String text) {
        String clean = Leaders.blank(text);
        return new LayoutLine(page, lineNo, clean, Tokenizer.tokenize(clean), null);
    }

    public boolean isBlank() { return tokens.isEmpty(); }

    /**
     * The row's cells: the figures from the first one that stands apart from the label (two or
     * more spaces before it) to the end of the line. Text between figures is a text column ("No"
     * under "Has it exceeded the quota") and is skipped, not taken for the label.
     */
    public List<Token> trailingFigures() {
        if (isFootnoteMarkers()) return List.of();
        int i = firstTrailing();
        return tokens.subList(i, tokens.size()).stream().filter(Token::isFigure).toList();
    }

    /** A line holding only footnote markers ("(1)", "(1)(2)") wrapped from a label above. */
    private boolean isFootnoteMarkers() {
        return !tokens.isEmpty() && tokens.size() <= 3 && tokens.stream().allMatch(t -> t.text().matches("(\\(\\d{1,2}\\))+"));
    }

    /** Index of the first cell token, or tokens.size() when the line has no figures. */
    private int firstTrailing() {
        int n = tokens.size();
        int i = n;
        while (i > 0) {
            Token t = tokens.get(i - 1);
            if (t.isFigure() || t.type() == TokenType.CURRENCY) i--;
            else break;
        }
        // Figures before a text column also belong to the row: scan left past short text columns.
        for (int k = i - 1; k > 0; k--) {
            Token t = tokens.get(k);
            if (t.isFigure() && gapBefore(k) >= 2 && !tokens.subList(0, k).stream().allMatch(Token::isFigure)) {
                boolean textBefore = tokens.get(k - 1).type() == TokenType.TEXT || tokens.get(k - 1).type() == TokenType.CURRENCY
                        || tokens.get(k - 1).isFigure();
                if (textBefore) i = k;
            }
        }
        if (i == 0 && n >= 2) {
            Token first = tokens.get(0);
            boolean year = first.isYear() && n >= 2;
            if (first.type() == TokenType.AMOUNT && first.start() < 12 && first.text().matches("\\d{1,4}")
                    && tokens.get(1).start() - first.end() >= 2 && (n >= 3 || year)) i = 1;
        }
        while (i < n && tokens.get(i).type() == TokenType.TEXT) i++;
        while (i > 0 && i < n && tokens.get(i - 1).type() == TokenType.CURRENCY) i--;
        return i;
    }

    private int gapBefore(int k) {
        return k == 0 ? Integer.MAX_VALUE : tokens.get(k).start() - tokens.get(k - 1).end();
    }

    /** The label: the text before the trailing figures, numbers inside it included. */
    public String label() {
        List<Token> figs = trailingFigures();
        int end = figs.isEmpty() ? text.length() : firstTrailingStart();
        return text.substring(0, Math.min(end, text.length())).replace('\u00a0', ' ').trim();
    }

    /**
     * The column where the row's cells begin: its first figure, or the currency sign set before it
     * ("$   1,154"), which belongs to the cell; the line's length when it has no figures.
     */
    public int cellsStart() {
        return trailingFigures().isEmpty() ? text.length() : firstTrailingStart();
    }

    private int firstTrailingStart() {
        int i = firstTrailing();
        return i < tokens.size() ? tokens.get(i).start() : text.length();
    }

    public boolean hasFragments() {
        return tokens.stream().anyMatch(t -> t.type() == TokenType.FRAGMENT);
    }

    public int indent() {
        return tokens.isEmpty() ? 0 : tokens.get(0).start();
    }
}

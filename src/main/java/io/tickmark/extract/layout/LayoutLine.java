package io.tickmark.extract.layout;

import io.tickmark.util.Regex;
import java.util.List;

/**
 * One line of a laid-out page: its text, where it sits (page, line number in the file, or a PDF
 * baseline) and its tokens with character columns. PDF glyph positions are mapped to the same
 * character-column scale, so one table parser serves both inputs; a line read from a PDF also
 * carries the box of every character column ({@code box}, null for layout text).
 */
public final class LayoutLine {
    private final int page;
    private final int lineNo;
    private final String text;
    private final List<Token> tokens;
    private final LineBox box;
    /**
     * Where the row's cells start ({@link #firstTrailing()}) and its figures ({@link #trailingFigures()}),
     * worked out on first use: the table readers ask a line for its cells, label and cell start many
     * times over (locating, reading and naming tables), and each asked for the same scan again. A line
     * never changes, so the first answer holds; -1 and null until then.
     */
    private int firstTrailing = -1;
    private List<Token> trailingFigures;
    /** Whether the line is a page number ({@link LayoutDocument#isPageNumber}), asked of every line by each reader: 0 not yet known, 1 yes, 2 no. */
    private byte pageNumber;

    public LayoutLine(int page, int lineNo, String text, List<Token> tokens, LineBox box) {
        this.page = page;
        this.lineNo = lineNo;
        this.text = text;
        this.tokens = tokens;
        this.box = box;
    }

    /** A line of text; dot leaders are blanked (see {@link Leaders}), everything else kept as it is. */
    public static LayoutLine of(int page, int lineNo, String text) {
        String clean = Leaders.blank(text);
        return new LayoutLine(page, lineNo, clean, Tokenizer.tokenize(clean), null);
    }

    public int page() { return page; }
    public int lineNo() { return lineNo; }
    public String text() { return text; }
    public List<Token> tokens() { return tokens; }
    /** The box of every character column of a line read from a PDF; null for layout text. */
    public LineBox box() { return box; }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayoutLine l && page == l.page && lineNo == l.lineNo && text.equals(l.text) && tokens.equals(l.tokens)
                && java.util.Objects.equals(box, l.box);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(page, lineNo, text, tokens, box);
    }

    @Override
    public String toString() {
        return "LayoutLine[page=" + page + ", lineNo=" + lineNo + ", text=" + text + ", tokens=" + tokens + ", box=" + box + "]";
    }

    public boolean isBlank() { return tokens.isEmpty(); }

    boolean isPageNumber() {
        byte p = pageNumber;
        if (p == 0) {
            p = LayoutDocument.isPageNumberText(text) ? (byte) 1 : (byte) 2;
            pageNumber = p;
        }
        return p == 1;
    }

    /**
     * The row's cells: the figures from the first one that stands apart from the label (two or
     * more spaces before it) to the end of the line. Text between figures is a text column ("No"
     * under "Has it exceeded the quota") and is skipped, not taken for the label.
     */
    public List<Token> trailingFigures() {
        List<Token> figs = trailingFigures;
        if (figs == null) {
            figs = isFootnoteMarkers() ? List.of() : tokens.subList(firstTrailing(), tokens.size()).stream().filter(Token::isFigure).toList();
            trailingFigures = figs;
        }
        return figs;
    }

    /** A line holding only footnote markers ("(1)", "(1)(2)") wrapped from a label above. */
    private boolean isFootnoteMarkers() {
        return !tokens.isEmpty() && tokens.size() <= 3 && tokens.stream().allMatch(t -> t.text().startsWith("(") && Regex.matches(t.text(), "(\\(\\d{1,2}\\))+"));
    }

    /** Index of the first cell token, or tokens.size() when the line has no figures. */
    private int firstTrailing() {
        int i = firstTrailing;
        if (i < 0) {
            i = findFirstTrailing();
            firstTrailing = i;
        }
        return i;
    }

    private int findFirstTrailing() {
        int n = tokens.size();
        int i = n;
        while (i > 0) {
            Token t = tokens.get(i - 1);
            if (t.isFigure() || t.type() == TokenType.CURRENCY) i--;
            else break;
        }
        // Figures before a text column also belong to the row: scan left past short text columns.
        // A cell starts at its currency sign ("$ 692"): the gap that sets it apart is before the sign.
        for (int k = i - 1; k > 0; k--) {
            Token t = tokens.get(k);
            if (!t.isFigure()) continue;
            int s = cellStart(k);
            if (s > 0 && gapBefore(s) >= 2 && !tokens.subList(0, s).stream().allMatch(Token::isFigure)) {
                boolean textBefore = tokens.get(s - 1).type() == TokenType.TEXT || tokens.get(s - 1).type() == TokenType.CURRENCY
                        || tokens.get(s - 1).isFigure();
                if (textBefore) i = s;
            }
        }
        if (i == 0 && n >= 2) {
            Token first = tokens.get(0);
            boolean year = first.isYear() && n >= 2;
            if (first.type() == TokenType.AMOUNT && first.start() < 12 && Regex.matches(first.text(), "\\d{1,4}")
                    && tokens.get(1).start() - first.end() >= 2 && (n >= 3 || year)) i = 1;
        }
        while (i < n && tokens.get(i).type() == TokenType.TEXT) i++;
        while (i > 0 && i < n && tokens.get(i - 1).type() == TokenType.CURRENCY) i--;
        return i;
    }

    /** The token a figure's cell starts at: its currency sign when one is set at most a space before it. */
    private int cellStart(int k) {
        return k > 0 && tokens.get(k - 1).type() == TokenType.CURRENCY && gapBefore(k) <= 1 ? k - 1 : k;
    }

    /**
     * Cells the row shows but that could not be read as its figures, left in the label: figures set
     * apart from the label words ("U.S.     $ 692 $ 696 $ 625" when something unreadable follows
     * them), and "n/m" cells (a figure the table does not show). A row with such cells has figures
     * that are not read; it is never a row without figures. Empty for an ordinary label: numbers
     * inside one ("599 Lexington Avenue", "Notes due 2025", "(1)") are not cells.
     */
    public List<Token> labelCells() {
        if (tokens.isEmpty() || tokens.get(0).type() != TokenType.TEXT) return List.of();
        int end = trailingFigures().isEmpty() ? tokens.size() : firstTrailing();
        int dollars = 0;
        for (int k = 1; k < end; k++) {
            if (tokens.get(k).isFigure() && cellStart(k) == k - 1) dollars++;
        }
        for (int k = 1; k < end; k++) {
            Token t = tokens.get(k);
            int s = cellStart(k);
            boolean apart = s > 0 && gapBefore(s) >= 2;
            boolean cell;
            if (t.type() == TokenType.TEXT) cell = apart && Tokenizer.isNotShown(t.text());
            else if (!t.isFigure() || t.isYear() || Regex.matches(t.text(), "(\\(\\d{1,2}\\)|\\([a-z]{1,2}\\))+")) cell = false;
            else if (s == k - 1) cell = apart || dollars >= 2;
            else cell = apart && (t.type() == TokenType.PERCENT || Regex.matches(t.text(), ".*\\d[,.]\\d.*"));
            if (cell) return tokens.subList(s, end).stream().filter(x -> x.isFigure() || Tokenizer.isNotShown(x.text())).toList();
        }
        return List.of();
    }

    /** "n/m" cells among the row's cells (after its label), each where the table shows it. */
    public List<Token> notShownCells() {
        if (tokens.isEmpty()) return List.of();
        int start = trailingFigures().isEmpty() ? tokens.size() : firstTrailing();
        List<Token> out = new java.util.ArrayList<>();
        for (int k = Math.max(1, start); k < tokens.size(); k++) {
            if (Tokenizer.isNotShown(tokens.get(k).text()) && gapBefore(k) >= 2) out.add(tokens.get(k));
        }
        return out;
    }

    /** The label without the cells left in it ({@link #labelCells()}). */
    public String labelBeforeCells() {
        List<Token> cells = labelCells();
        if (cells.isEmpty()) return label();
        int k = tokens.indexOf(cells.get(0));
        int from = cellStart(k);
        return labelBefore(tokens.get(from).start());
    }

    private int gapBefore(int k) {
        return k == 0 ? Integer.MAX_VALUE : tokens.get(k).start() - tokens.get(k - 1).end();
    }

    /** The label: the text before the trailing figures, numbers inside it included. */
    public String label() {
        List<Token> figs = trailingFigures();
        int end = figs.isEmpty() ? text.length() : firstTrailingStart();
        return labelBefore(end);
    }

    /** The line's text before character {@code end}, as a label: no-break spaces as spaces, trimmed. */
    public String labelBefore(int end) {
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

package io.tickmark.extract.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a layout line into tokens and classifies them. Words separated by a single space are
 * one text token ("Total current assets"); a figure is its own token.
 */
public final class Tokenizer {
    // Patterns of the per-word paths, compiled once (String.matches compiles on every call).
    private static final Pattern RULE_LINE = Pattern.compile("[-=_─━]+");
    private static final Pattern CENTS_NUMBER = Pattern.compile("[(]?-?\\d+\\.\\d{2}[)]?");
    private static final Pattern DASH = Pattern.compile("[–—\\-]{1,2}");
    private static final Pattern RANGE_DASH = Pattern.compile("[-–]");
    private static final Pattern OPEN_PAREN_FIGURE = Pattern.compile("[(]\\$?-?[\\d,.]*\\d");
    private static final Pattern OPEN_PAREN_PERCENT = Pattern.compile("[(]-?[\\d,.]*\\d");
    private static final Pattern OPEN_PAREN = Pattern.compile("\\$?[(]");
    private static final Pattern FIGURE_CLOSE_PAREN = Pattern.compile("-?[\\d,.]*\\d[)]");
    private static final Pattern THREE_DIGIT_GROUP = Pattern.compile("\\d{3}([.]\\d{1,2})?[)]?");
    private static final Pattern SPACE_GROUPED_HEAD = Pattern.compile("[(]?-?\\d{1,3}([ \\u00a0]\\d{3})*");
    private static final Pattern YEAR_NUMBER = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern NOTE_MARKER = Pattern.compile("\\(\\d{1,2}\\)");
    private static final Pattern GROUP_SPACE = Pattern.compile("[ \\u00a0]");
    private static final Pattern NIL_PERCENT = Pattern.compile("[–—\\-]{1,2}%");

    // A figure: optional sign or parenthesis, optional currency sign, digits with thousands groups, decimals.
    // Thousands are grouped with commas, apostrophes (1'234'567) or narrow spaces (U+202F, U+2009),
    // one separator per figure.
    private static final Pattern AMOUNT = Pattern.compile(
            "([(]?)(-|−)?(?:\\$|RMB|HK\\$|US\\$|¥|€|£)?([(]?)(-|−)?(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:['’]\\d{3})+|\\d{1,3}(?:\u202f\\d{3})+|\\d{1,3}(?:\u2009\\d{3})+|\\d+)(\\.\\d+)?([)]?)(%?)([)]?)");
    /** A footnote marker set after a figure: "(a)", "(1)", "*", "†", superscript digits. */
    private static final Pattern MARKER = Pattern.compile("(\\([a-z]{1,2}\\)|\\(\\d{1,2}\\)){1,3}|[*†‡§]{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}");
    private static final Pattern GLUED_MARKER = Pattern.compile("(.*\\d[)%]?)((?:\\([a-z]{1,2}\\)|\\(\\d\\)){1,3}|[*†‡§]{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})");
    /** An end of a range: a plain number of up to three digits, with a "$" before it, a percent sign, a footnote marker or a word after it. */
    private static final Pattern RANGE_END = Pattern.compile("\\$?(\\d{1,3}(?:\\.\\d+)?)%?(?:\\(\\d{1,2}\\))?( .*)?");
    /** A marker that is a footnote wherever it is glued to a figure: a number in parentheses, superscript digits. */
    private static final Pattern NUMBERED_MARKER = Pattern.compile("(?:\\(\\d{1,2}\\)){1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}");
    private static final Pattern NIL = Pattern.compile("[–—\\-_]{1,2}|nil|Nil|N/A");
    /** A cell that stands for a figure the table does not show: "n/m" (not meaningful), "NM". */
    private static final Pattern NOT_SHOWN = Pattern.compile("n/m|N/M|nm|NM|n\\.m\\.|N\\.M\\.");
    /** A nil dash or a figure with the next cell's dollar sign drawn against it: "-$", "(29.8)$". */
    private static final Pattern CELL_THEN_DOLLAR = Pattern.compile("([–—\\-]{1,2}|[(]?-?\\d[\\d,.]*[)]?%?)\\$");
    /** A dollar sign drawn against the nil dash of its cell: "$—", "$-". */
    private static final Pattern DOLLAR_THEN_NIL = Pattern.compile("\\$[–—\\-]{1,2}");
    private static final Pattern FRAGMENT = Pattern.compile("[-−]?[\\d,.]*\\d[\\d,.]*|[,.]\\d*|[-−]");

    private Tokenizer() {}

    public static List<Token> tokenize(String line) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && isSpace(line.charAt(i))) i++;
            if (i >= n) break;
            int s = i;
            while (i < n && !isSpace(line.charAt(i))) i++;
            words.add(new int[]{s, i});
        }
        words = splitGluedDollars(line, words);
        words = joinFigurePieces(line, words);
        List<Token> out = new ArrayList<>();
        StringBuilder text = null;
        int textStart = 0;
        int textEnd = 0;
        for (int k = 0; k < words.size(); k++) {
            int[] w = words.get(k);
            String word = figureText(line, w);
            // Rules drawn under figures ("---------", "=========") mark totals; they are not content.
            if (word.length() >= 3 && isRuleMark(word.charAt(0)) && RULE_LINE.matcher(word).matches()) continue;
            Token t = classify(word, w[0], w[1]);
            if (w.length > 2 && t.type() != TokenType.TEXT) t = new Token(word, w[0], w[1], t.type(), t.value(), t.decimals(), w[2]);
            // A number followed by a word one space away is label text: "1. Opening", "3 years", "30 June".
            if (t.type() != TokenType.TEXT && t.type() != TokenType.CURRENCY && k + 1 < words.size()
                    && words.get(k + 1)[0] - w[1] <= 1
                    && !line.substring(words.get(k + 1)[0], words.get(k + 1)[1]).equals("%")
                    && classify(line.substring(words.get(k + 1)[0], words.get(k + 1)[1]), 0, 0).type() == TokenType.TEXT) {
                t = new Token(word, w[0], w[1], TokenType.TEXT, null, 0, w[1]);
            }
            // A year and the footnote markers one space after it ("2021 (1)(2)", "2020 (3)") head a
            // column, as "2023(1)" glued does: caption text, not a year and a minus one.
            if (t.type() != TokenType.TEXT && yearMarker(line, words, k)) t = new Token(word, w[0], w[1], TokenType.TEXT, null, 0, w[1]);
            // A plain number one space after text is label text ("December 31, 2021", "within 1 year");
            // a figure with thousands groups or decimals is a cell even when the column is tight.
            boolean joinsText = t.type() == TokenType.TEXT
                    || (text != null && w[0] - textEnd <= 1 && t.type() != TokenType.CURRENCY && !wideBefore(line, w[0]) && isPlainNumber(word));
            if (joinsText && text != null && w[0] - textEnd <= 1) {
                text.append(' ').append(word);
                textEnd = w[1];
                continue;
            }
            if (text != null) {
                out.add(new Token(text.toString(), textStart, textEnd, TokenType.TEXT, null, 0, textEnd));
                text = null;
            }
            if (t.type() == TokenType.TEXT) {
                text = new StringBuilder(word);
                textStart = w[0];
                textEnd = w[1];
            } else {
                out.add(t);
            }
        }
        if (text != null) out.add(new Token(text.toString(), textStart, textEnd, TokenType.TEXT, null, 0, textEnd));
        return joinPercentSigns(out);
    }

    /**
     * Whether word {@code k} is a year followed one space on by a numbered footnote marker, or such
     * a marker (or one of a run of them) one space after a year.
     */
    private static boolean yearMarker(String line, List<int[]> words, int k) {
        int first = k;
        while (first > 0 && words.get(first)[0] - words.get(first - 1)[1] == 1 && isNumberedMarker(line, words.get(first))) first--;
        if (first == k && (k + 1 >= words.size() || words.get(k + 1)[0] - words.get(k)[1] != 1
                || !isNumberedMarker(line, words.get(k + 1)))) return false;
        int[] year = words.get(first);
        return year[1] - year[0] == 4 && YEAR_NUMBER.matcher(line.substring(year[0], year[1])).matches();
    }

    private static boolean isNumberedMarker(String line, int[] w) {
        return line.charAt(w[0]) == '(' && NUMBERED_MARKER.matcher(line.substring(w[0], w[1])).matches();
    }

    /** No thousands groups ("2021", "31,") and not a figure with cents ("12.50"). */
    private static boolean isPlainNumber(String word) {
        boolean plainNumber = word.indexOf(',') < 0 || word.endsWith(",");
        return plainNumber && !(word.indexOf('.') >= 0 && CENTS_NUMBER.matcher(word).matches());
    }

    /** The characters a rule drawn under figures starts with ({@link #RULE_LINE}). */
    private static boolean isRuleMark(char c) {
        return c == '-' || c == '=' || c == '_' || c == '─' || c == '━';
    }

    /** The most spaces between a figure and a percent sign standing alone after it that still join them. */
    private static final int SIGN_GAP = 4;

    /**
     * "7 %": a percent sign set one space after its number belongs to it, as does one standing alone
     * up to {@link #SIGN_GAP} spaces on. "20 -35", "4.80 -2.70":
     * two numbers one space apart with a dash are a range (useful lives, rates), text not figures.
     */
    private static List<Token> joinPercentSigns(List<Token> in) {
        List<Token> out = new ArrayList<>();
        for (Token t : in) {
            if (!out.isEmpty() && (t.type() == TokenType.AMOUNT || t.type() == TokenType.PERCENT || t.type() == TokenType.TEXT)
                    && isRange(out, t)) {
                Token dash = out.remove(out.size() - 1);
                Token from = out.get(out.size() - 1);
                out.set(out.size() - 1, new Token(from.text() + " " + dash.text() + " " + t.text(), from.start(), t.end(),
                        TokenType.TEXT, null, 0, t.end()));
                continue;
            }
            if (!out.isEmpty() && t.type() == TokenType.AMOUNT && t.text().startsWith("-")) {
                Token prev = out.get(out.size() - 1);
                if (prev.type() == TokenType.AMOUNT && t.start() - prev.end() == 1 && prev.decimals() == t.decimals()
                        && !prev.text().contains(",") && !t.text().contains(",")) {
                    out.set(out.size() - 1, new Token(prev.text() + " " + t.text(), prev.start(), t.end(), TokenType.TEXT, null, 0, t.end()));
                    continue;
                }
            }
            if (t.text().equals("%") && !out.isEmpty()) {
                Token prev = out.get(out.size() - 1);
                // A sign alone a few spaces on belongs to the figure before it as well ("19   %"): a
                // writer with a finer pitch than the text's spreads the same gap over more spaces.
                // A year is not taken that far: "2023   %" heads a year's column and its share.
                int gap = t.start() - prev.end();
                if (gap > 1 && (gap > SIGN_GAP || prev.isYear())) {
                    out.add(t);
                    continue;
                }
                if (prev.type() == TokenType.NIL && DASH.matcher(prev.text()).matches()) {
                    // "— %": a nil percentage
                    out.set(out.size() - 1, new Token(prev.text() + "%", prev.start(), t.end(), TokenType.PERCENT, java.math.BigDecimal.ZERO,
                            0, prev.edge()));
                    continue;
                }
                if (prev.type() == TokenType.AMOUNT) {
                    out.set(out.size() - 1, new Token(prev.text() + "%", prev.start(), t.end(), TokenType.PERCENT, prev.value(),
                            prev.decimals(), prev.edge()));
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }


    /**
     * Cells drawn touching: a dash or figure and the next cell's dollar sign ("-$", "(29.8)$"), or
     * a dollar sign and its cell's dash ("$—"), are two words, so that each cell is read in its column.
     */
    private static List<int[]> splitGluedDollars(String line, List<int[]> words) {
        List<int[]> out = new ArrayList<>();
        for (int[] w : words) {
            if (!hasDollar(line, w[0], w[1])) { // both forms have a dollar sign: most words are kept without a copy
                out.add(w);
                continue;
            }
            String word = line.substring(w[0], w[1]);
            if (CELL_THEN_DOLLAR.matcher(word).matches()) {
                out.add(new int[]{w[0], w[1] - 1});
                out.add(new int[]{w[1] - 1, w[1]});
            } else if (DOLLAR_THEN_NIL.matcher(word).matches()) {
                out.add(new int[]{w[0], w[0] + 1});
                out.add(new int[]{w[0] + 1, w[1]});
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** Whether the word at {@code start}-{@code end} of the line has a dollar sign (looked for in the word only, not on to the line's end). */
    private static boolean hasDollar(String line, int start, int end) {
        for (int i = start; i < end; i++) if (line.charAt(i) == '$') return true;
        return false;
    }

    /** A footnote marker that can stand in a figure's place: a letter in parentheses or a symbol ("(b)", "*", "†"), never "(1)" (a figure). */
    private static final Pattern MARKER_CELL = Pattern.compile("(\\([a-z]{1,2}\\)){1,3}|[*†‡§]{1,3}");

    /**
     * "(b)", "*": a footnote marker, which a table sets in a figure's place when its footnote says why
     * the figure is not shown (not available, not meaningful). Whether it is in a figure's place is
     * for the table reader, which knows the columns.
     */
    public static boolean isMarkerCell(String word) {
        return MARKER_CELL.matcher(word).matches();
    }

    /** "(1)", "(12)": a numbered footnote marker, which is also how minus one is written; the reader decides which. */
    public static boolean isNoteMarker(String word) {
        return NOTE_MARKER.matcher(word).matches();
    }

    /** "n/m", "NM": a cell standing for a figure that is not shown. */
    public static boolean isNotShown(String word) {
        return NOT_SHOWN.matcher(word).matches();
    }

    /**
     * "3 - 11 years", "2 – 5", "0 - 5%", "$40 - $51", "2022 – 2061": a number, a hyphen or en dash and a
     * larger number (or a text that starts with one), a single space apart, are a range (useful lives,
     * terms, target allocations, maturity years), not two figures and a nil.
     */
    private static boolean isRange(List<Token> out, Token t) {
        if (out.size() < 2) return false;
        Token dash = out.get(out.size() - 1);
        Token from = out.get(out.size() - 2);
        if (dash.type() != TokenType.NIL || !RANGE_DASH.matcher(dash.text()).matches()) return false;
        if (from.type() != TokenType.AMOUNT && from.type() != TokenType.PERCENT) return false;
        if (dash.start() - from.end() != 1 || t.start() - dash.end() != 1) return false;
        // "2022 – 2061": maturities or issue years, a span of calendar years
        if (from.isYear() && t.isYear()) {
            return Integer.parseInt(from.text()) < Integer.parseInt(t.text());
        }
        Matcher low = RANGE_END.matcher(from.text());
        Matcher high = RANGE_END.matcher(t.text());
        if (!low.matches() || !high.matches() || low.group(2) != null) return false;
        return new BigDecimal(low.group(1)).compareTo(new BigDecimal(high.group(1))) < 0;
    }

    /**
     * Joins the words of one figure that the layout set apart, so that the figure is one token:
     * "(1,286 )" and "( 6)" (a parenthesis one space from its digits), "1 234 567" (thousands
     * grouped with spaces), and "5,678 (a)" (a footnote marker after the figure, which is dropped
     * from the value). A joined word is {start, end, edge}: the edge is the column after the
     * figure's last digit, not the marker's.
     */
    private static List<int[]> joinFigurePieces(String line, List<int[]> words) {
        boolean commaGrouped = line.indexOf(',') >= 0 && hasCommaGroup(line);
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            int[] w = words.get(k);
            int[] prev = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean tight = prev != null && w[0] - prev[1] == 1;
            // every join below needs the word one space after the previous one, and then a word that
            // starts or ends as a piece of a figure does; most words of a line (prose) fail both,
            // looked at in the line before the word is copied out of it
            if (!tight || !mayBeFigurePiece(line.charAt(w[0]), line.charAt(w[1] - 1))) {
                out.add(w);
                continue;
            }
            String word = line.substring(w[0], w[1]);
            String prevText = figureText(line, prev);
            if (tight && word.equals(")") && OPEN_PAREN_FIGURE.matcher(prevText).matches()) {
                out.set(out.size() - 1, new int[]{prev[0], w[1], lastDigitEdge(line, prev[0], w[1])});
                continue;
            }
            // "(1 %)": a negative percentage whose sign the layout set one space from its digits
            if (tight && word.equals("%)") && OPEN_PAREN_PERCENT.matcher(prevText).matches()) {
                out.set(out.size() - 1, new int[]{prev[0], w[1], lastDigitEdge(line, prev[0], w[1])});
                continue;
            }
            if (tight && OPEN_PAREN.matcher(prevText).matches() && FIGURE_CLOSE_PAREN.matcher(word).matches()) {
                out.set(out.size() - 1, new int[]{prev[0], w[1], lastDigitEdge(line, prev[0], w[1])});
                continue;
            }
            if (tight && MARKER.matcher(word).matches() && isMarkedFigure(prevText)
                    && (k + 1 >= words.size() || words.get(k + 1)[0] - w[1] >= 2)) {
                int edge = prev.length > 2 ? prev[2] : lastDigitEdge(line, prev[0], prev[1]);
                out.set(out.size() - 1, new int[]{prev[0], w[1], edge, prev[1]});
                continue;
            }
            if (tight && !commaGrouped && THREE_DIGIT_GROUP.matcher(word).matches()
                    && SPACE_GROUPED_HEAD.matcher(line.substring(prev[0], prev[1])).matches() && startsFigure(out, prev)) {
                out.set(out.size() - 1, new int[]{prev[0], w[1], lastDigitEdge(line, prev[0], w[1]), -1});
                continue;
            }
            out.add(w);
        }
        return out;
    }

    /**
     * Whether a word can be the second piece of one of the joins of {@link #joinFigurePieces}: a
     * closing parenthesis ("%)" included) or a word ending in one, a footnote marker (its first
     * character: "(", "*", "†", "‡", "§" or a superscript digit), or a group of three digits.
     */
    static boolean mayBeFigurePiece(String word) {
        return mayBeFigurePiece(word.charAt(0), word.charAt(word.length() - 1));
    }

    private static boolean mayBeFigurePiece(char first, char last) {
        return last == ')' || first == '(' || first == '*' || first == '†' || first == '‡' || first == '§' || isSuperscriptDigit(first)
                || first >= '0' && first <= '9';
    }

    private static boolean isSuperscriptDigit(char c) {
        return c == '¹' || c == '²' || c == '³' || c >= '⁴' && c <= '⁹' || c == '⁰';
    }

    /**
     * {@code line.matches(".*\\d,\\d{3}.*")}: a comma between a digit and three more (a thousands
     * group) in a line without line terminators (which {@code .} does not match).
     */
    static boolean hasCommaGroup(String line) {
        int n = line.length();
        boolean found = false;
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return false;
            if (!found && c == ',' && i >= 1 && i + 3 < n && isAsciiDigit(line.charAt(i - 1)) && isAsciiDigit(line.charAt(i + 1))
                    && isAsciiDigit(line.charAt(i + 2)) && isAsciiDigit(line.charAt(i + 3))) found = true;
        }
        return found;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A figure a footnote marker may follow: one with thousands groups or decimals, not a note number;
     * or a nil dash ("—  (1)": the footnote says why there is none).
     */
    private static boolean isMarkedFigure(String text) {
        if (text.length() <= 2 && DASH.matcher(text).matches()) return true;
        Matcher m = AMOUNT.matcher(text);
        return m.matches() && (text.contains(",") || text.contains(".") || text.length() >= 4 && !YEAR_NUMBER.matcher(text).matches());
    }

    /**
     * A figure a numbered footnote marker is glued to ("128(1)", "13²"): any figure but a year (a
     * column heading "2023(1)") or a marker itself ("(1)(2)" is two markers, not minus one).
     */
    private static boolean isFigureBeforeNumberedMarker(String text) {
        return AMOUNT.matcher(text).matches() && !YEAR_NUMBER.matcher(text).matches() && !NOTE_MARKER.matcher(text).matches();
    }

    /** Whether a run of digit groups stands apart from the label (two spaces before it, or at the line's start). */
    private static boolean startsFigure(List<int[]> out, int[] prev) {
        int idx = out.indexOf(prev);
        if (idx == 0) return true;
        int[] before = out.get(idx - 1);
        return prev[0] - before[1] >= 2;
    }

    /** The text of a word for classification: spaces of a joined figure and its marker left out. */
    private static String figureText(String line, int[] w) {
        int end = w.length > 3 && w[3] >= 0 ? w[3] : w[1];
        String t = line.substring(w[0], end);
        return w.length > 2 ? GROUP_SPACE.matcher(t).replaceAll("") : t;
    }

    private static int lastDigitEdge(String line, int start, int end) {
        for (int i = end - 1; i >= start; i--) if (Character.isDigit(line.charAt(i))) return i + 1;
        return end;
    }

    private static boolean wideBefore(String line, int pos) {
        return pos >= 2 && isSpace(line.charAt(pos - 1)) && isSpace(line.charAt(pos - 2));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u3000';
    }

    /** Classifies one space-free word. */
    public static Token classify(String word, int start, int end) {
        if (word.equals("$") || word.equals("RMB") || word.equals("HK$") || word.equals("US$") || word.equals("¥")
                || word.equals("€") || word.equals("£")) {
            return new Token(word, start, end, TokenType.CURRENCY, null, 0, end);
        }
        // a nil is at most three characters ("—", "--", "nil", "N/A"), a nil percentage at most three ("—%")
        if (word.length() <= 3) {
            if (NIL.matcher(word).matches()) return new Token(word, start, end, TokenType.NIL, BigDecimal.ZERO, 0, end);
            if (NIL_PERCENT.matcher(word).matches()) return new Token(word, start, end, TokenType.PERCENT, BigDecimal.ZERO, 0, end - 1);
        }
        // a marked figure and an amount both need a digit: a word without one (most words) is text or a fragment
        if (!hasAsciiDigit(word)) return fragmentOrText(word, start, end);
        Matcher glued = endsWithMarker(word) ? GLUED_MARKER.matcher(word) : null;
        if (glued != null && glued.matches() && (isMarkedFigure(glued.group(1))
                || NUMBERED_MARKER.matcher(glued.group(2)).matches() && isFigureBeforeNumberedMarker(glued.group(1)))) {
            // "1,234(a)", "5,678*", "1,234¹": the marker is not part of the figure.
            Token f = classify(glued.group(1), start, start + glued.group(1).length());
            return new Token(word, start, end, f.type(), f.value(), f.decimals(), f.edge());
        }
        Matcher m = AMOUNT.matcher(word);
        if (m.matches()) {
            boolean open = !m.group(1).isEmpty() || !m.group(3).isEmpty();
            boolean close = !m.group(7).isEmpty() || !m.group(9).isEmpty();
            if (open != close) return fragmentOrText(word, start, end);
            boolean minus = m.group(2) != null || m.group(4) != null || open;
            String digits = withoutGroupSeparators(m.group(5));
            String dec = m.group(6) == null ? "" : m.group(6);
            BigDecimal v = new BigDecimal(digits + dec);
            if (minus) v = v.negate();
            int decimals = dec.isEmpty() ? 0 : dec.length() - 1;
            int edge = start + word.lastIndexOf(lastDigit(word)) + 1;
            TokenType type = m.group(8).isEmpty() ? TokenType.AMOUNT : TokenType.PERCENT;
            return new Token(word, start, end, type, v, decimals, edge);
        }
        return fragmentOrText(word, start, end);
    }

    /** The last character of every footnote marker {@link #GLUED_MARKER} takes: ")", "*", "†", "‡", "§" or a superscript digit. */
    private static boolean endsWithMarker(String word) {
        char c = word.charAt(word.length() - 1);
        return c == ')' || c == '*' || c == '†' || c == '‡' || c == '§' || isSuperscriptDigit(c);
    }

    /** The digits of a figure without its thousands separators (comma, apostrophes, narrow spaces). */
    private static String withoutGroupSeparators(String digits) {
        StringBuilder out = null;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            boolean separator = c == ',' || c == '\'' || c == '’' || c == '\u202f' || c == '\u2009';
            if (separator && out == null) out = new StringBuilder(digits.length()).append(digits, 0, i);
            else if (!separator && out != null) out.append(c);
        }
        return out == null ? digits : out.toString();
    }

    private static boolean hasAsciiDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    private static Token fragmentOrText(String word, int start, int end) {
        // a fragment is made of digits, commas, points and minus signs only: a word starting otherwise is text
        char first = word.isEmpty() ? ' ' : word.charAt(0);
        boolean mayBeFragment = first >= '0' && first <= '9' || first == ',' || first == '.' || first == '-' || first == '−';
        if (mayBeFragment && FRAGMENT.matcher(word).matches() && word.chars().anyMatch(c -> c == ',' || c == '.' || Character.isDigit(c))) {
            return new Token(word, start, end, TokenType.FRAGMENT, null, 0, end);
        }
        return new Token(word, start, end, TokenType.TEXT, null, 0, end);
    }

    private static String lastDigit(String w) {
        for (int i = w.length() - 1; i >= 0; i--) if (Character.isDigit(w.charAt(i))) return String.valueOf(w.charAt(i));
        return w.substring(w.length() - 1);
    }
}

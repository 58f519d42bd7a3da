package io.tickmark.extract.narrative;

import io.tickmark.util.Spaces;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.layout.LayoutLine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns laid-out lines into paragraphs of running text. Wrapped prose lines are joined (a hyphen at
 * a line end joins without a space); blank lines, page numbers, table lines (figures in columns,
 * separated by wide gaps) and short title lines end a paragraph. A very long line, such as a
 * narrative extracted without line breaks, is a paragraph by itself and keeps character offsets.
 */
public final class ParagraphReader {
    static final int LONG_LINE = 1000;

    private ParagraphReader() {}

    public static List<Paragraph> read(LayoutDocument doc) {
        List<LayoutLine> lines = doc.lines();
        int prose = proseWidth(lines);
        List<Paragraph> out = new ArrayList<>();
        Builder cur = new Builder(doc.file());
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            String raw = l.text();
            if (raw.length() > LONG_LINE) {
                cur.flush(out);
                Builder one = new Builder(doc.file());
                one.append(l, raw, 0);
                one.flush(out);
                continue;
            }
            String t = raw.strip();
            if (t.isEmpty() || LayoutDocument.isPageNumber(l)) {
                if (!cur.continuesOnNextPage(lines, i)) cur.flush(out);
                continue;
            }
            if (isTableLine(t)) {
                cur.flush(out);
                continue;
            }
            if (isHeading(t, prose, next(lines, i))) {
                cur.flush(out);
                Builder h = new Builder(doc.file());
                h.heading = true;
                h.append(l, raw, raw.indexOf(t.charAt(0)));
                h.flush(out);
                continue;
            }
            cur.append(l, raw, raw.indexOf(t.charAt(0)));
        }
        cur.flush(out);
        return out;
    }

    /**
     * Figures set in columns: a gap of three or more spaces inside the line (unless the line is
     * justified prose), or a line of numbers with hardly a word.
     */
    static boolean isTableLine(String t) {
        char[] cs = t.toCharArray();
        if (hasColumnGap(cs)) return !justifiedProse(cs);
        int letters = 0;
        for (char c : cs) if (Character.isLetter(c)) letters++;
        if (letters * 2 >= cs.length || cs.length <= 3) return false;
        // words (runs between white spaces, {@code \s}) of three letters or more: fewer than four is hardly a sentence
        int words = 0;
        int wordLetters = 0;
        for (char c : cs) {
            if (Spaces.isSpace(c)) {
                if (wordLetters >= 3) words++;
                wordLetters = 0;
            } else if (Character.isLetter(c)) {
                wordLetters++;
            }
        }
        if (wordLetters >= 3) words++;
        return words < 4;
    }

    /** The most spaces between two words of a justified line of prose. */
    private static final int JUSTIFIED_GAP = 8;

    /**
     * A line of prose set justified by a writer with a finer pitch than the text's ("“Bail-In
     * Legislation”      means     (a)  with   respect   to"): at least eight words, words with letters
     * at least three in four and the last among them, no gap wider than {@link #JUSTIFIED_GAP}
     * spaces, and at least half the gaps two spaces or more: justifying spreads every gap. A row of a
     * table ends in its figures, or has few words beside them, or a gap wider than that before its
     * columns; a bullet or item number set apart from a line of single-spaced words ("•    the loss
     * of key customers, ...") stays as it was read before: not prose.
     */
    static boolean justifiedProse(char[] cs) {
        int words = 0;
        int wordsWithLetters = 0;
        boolean letter = false;
        boolean inWord = false;
        int gap = 0;
        int wideGaps = 0;
        for (char c : cs) {
            if (c == ' ') {
                if (inWord) {
                    words++;
                    if (letter) wordsWithLetters++;
                    inWord = false;
                    letter = false;
                }
                gap++;
            } else if (Spaces.isSpace(c)) {
                return false; // a tab sets columns
            } else {
                if (!inWord && words > 0) {
                    if (gap > JUSTIFIED_GAP) return false;
                    if (gap >= 2) wideGaps++;
                }
                gap = 0;
                inWord = true;
                letter |= Character.isLetter(c);
            }
        }
        if (!inWord || !letter) return false; // a row of a table ends in its figures
        words++;
        wordsWithLetters++;
        return words >= 8 && wordsWithLetters * 4 >= words * 3 && wideGaps * 2 >= words - 1;
    }

    /** {@code \S {3,}\S} somewhere in the line: three or more spaces between two characters that are not white space. */
    static boolean hasColumnGap(char[] cs) {
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] != ' ' || i == 0 || Spaces.isSpace(cs[i - 1])) continue;
            int j = i;
            while (j < cs.length && cs[j] == ' ') j++;
            if (j - i >= 3 && j < cs.length && !Spaces.isSpace(cs[j])) return true;
            i = j - 1;
        }
        return false;
    }

    /**
     * A short line without closing punctuation (or a clause caption, {@link #isCaption}), followed
     * by a line that starts a sentence.
     */
    private static boolean isHeading(String t, int prose, String next) {
        if (endsTerminal(t) && !isCaption(t)) return false;
        if (t.length() > Math.min(80, prose * 6 / 10)) return false;
        return next == null || next.isEmpty() || Character.isUpperCase(next.charAt(0)) || !Character.isLetter(next.charAt(0));
    }

    /** Short words a title leaves in lower case. */
    private static final java.util.Set<String> TITLE_SMALL_WORDS = java.util.Set.of("a", "an", "and", "as", "at", "by", "for", "in", "of",
            "on", "or", "the", "to", "with");

    /**
     * A contract's clause caption closed by a period ("(f) Insolvency Proceedings, Etc.", "Events of
     * Default."): at most eight words, every word but the small ones capitalised, an item letter or
     * number before them allowed. It names the clause; it states nothing. Asked of every sentence, so
     * words are scanned (runs between white spaces, {@code \s}) without a pattern, and a sentence is
     * out at its first word in lower case that is not a small one, or at its ninth word.
     */
    static boolean isCaption(String t) {
        int end = t.length() - 1;
        if (end < 0 || t.charAt(end) != '.') return false;
        int words = 0;
        int titled = 0;
        int i = 0;
        while (true) {
            while (i < end && Spaces.isSpace(t.charAt(i))) i++;
            if (i >= end) break;
            int start = i;
            while (i < end && !Spaces.isSpace(t.charAt(i))) i++;
            if (++words > 8) return false;
            if (words == 1 && t.charAt(start) == '(' && i - start >= 2 && t.charAt(i - 1) == ')') continue; // "(f)"
            if (Character.isUpperCase(t.charAt(start))) titled++;
            else if (!TITLE_SMALL_WORDS.contains(t.substring(start, i).replace(",", ""))) return false;
        }
        return words >= 2 && titled >= 2;
    }

    private static String next(List<LayoutLine> lines, int i) {
        for (int j = i + 1; j < lines.size() && j <= i + 2; j++) {
            String t = lines.get(j).text().strip();
            if (!t.isEmpty()) return t;
        }
        return null;
    }

    /**
     * {@code text.matches(".*[.,;:?!)\"”’]$")}: the text ends in closing punctuation and has no line
     * terminator ({@code .} matches none), looked at without a pattern or a copy of a paragraph being built.
     */
    static boolean endsTerminal(CharSequence text) {
        int n = text.length();
        if (n == 0 || ".,;:?!)\"”’".indexOf(text.charAt(n - 1)) < 0) return false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return false;
        }
        return true;
    }

    /** Whether a stripped line has eight words or more, words being runs between white spaces ({@code \s}). */
    static boolean hasEightWords(String t) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = Spaces.isSpace(t.charAt(i));
            if (!space && !inWord && ++words >= 8) return true;
            inWord = !space;
        }
        return false;
    }

    /** The typical width of a prose line: the median length of lines of eight words or more. */
    private static int proseWidth(List<LayoutLine> lines) {
        int[] lens = lines.stream().map(l -> l.text().strip()).filter(t -> t.length() < LONG_LINE && t.length() >= 15 && hasEightWords(t))
                .mapToInt(String::length).toArray();
        if (lens.length == 0) return 100;
        Arrays.sort(lens);
        return lens[lens.length / 2];
    }

    /** Collects characters with their positions; runs of spaces collapse to one. */
    private static final class Builder {
        final String file;
        final StringBuilder text = new StringBuilder();
        int[] page = new int[256];
        int[] line = new int[256];
        int[] col = new int[256];
        boolean heading;

        Builder(String file) {
            this.file = file;
        }

        void append(LayoutLine l, String raw, int from) {
            int end = raw.length();
            while (end > from && Character.isWhitespace(raw.charAt(end - 1))) end--;
            if (text.length() > 0) {
                char last = text.charAt(text.length() - 1);
                boolean hyphenJoin = last == '-' && from < end && Character.isLowerCase(raw.charAt(from));
                if (!hyphenJoin) put(' ', l, from);
            }
            for (int c = from; c < end; c++) {
                char ch = raw.charAt(c);
                if (ch == '\u00a0' || ch == '\t') ch = ' ';
                if (ch == ' ' && text.length() > 0 && text.charAt(text.length() - 1) == ' ') continue;
                put(ch, l, c);
            }
        }

        /**
         * A sentence cut by a page break: this paragraph ends without closing punctuation, and after
         * the blank lines, page number and running "Table of Contents" link the next page goes on in
         * lower case. Then the page break is not a paragraph break.
         */
        boolean continuesOnNextPage(List<LayoutLine> lines, int i) {
            if (text.length() == 0 || endsTerminal(text)) return false;
            int page = this.page[text.length() - 1];
            for (int j = i; j < lines.size() && j <= i + 12; j++) {
                LayoutLine l = lines.get(j);
                String t = l.text().strip();
                if (t.isEmpty() || LayoutDocument.isPageNumber(l) || t.equalsIgnoreCase("table of contents")) continue;
                return l.page() > page && Character.isLowerCase(t.charAt(0)) && !isTableLine(t);
            }
            return false;
        }

        void put(char ch, LayoutLine l, int c) {
            int n = text.length();
            if (n == page.length) {
                page = Arrays.copyOf(page, n * 2);
                line = Arrays.copyOf(line, n * 2);
                col = Arrays.copyOf(col, n * 2);
            }
            text.append(ch);
            page[n] = l.page();
            line[n] = l.lineNo();
            col[n] = c;
        }

        void flush(List<Paragraph> out) {
            if (text.length() > 0) {
                int n = text.length();
                out.add(new Paragraph(file, text.toString(), Arrays.copyOf(page, n), Arrays.copyOf(line, n), Arrays.copyOf(col, n), heading));
            }
            text.setLength(0);
            heading = false;
        }
    }
}

package io.tickmark.extract.table;

import io.tickmark.util.AsciiCase;
import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.layout.Token;
import io.tickmark.extract.layout.TokenType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the tables of a laid-out document: runs of figure lines with their headers, bounded by
 * prose, headings and unit lines, and names each from the headings above it (statement title,
 * numbered note, sub-heading).
 */
public final class TableLocator {
    private static final Pattern NOTE_HEADING = Pattern.compile("^\\s{0,6}(\\d{1,3})\\s?[.、]\\s*([A-Z][^:]{2,90})$");
    /** US filings: "Note 7 – Inventories", "NOTE 7. INVENTORIES". */
    private static final Pattern US_NOTE_HEADING = Pattern.compile("^\\s{0,6}(?i:note)\\s+\\d{1,2}\\s*[–—.:-]\\s*\\S.{2,100}$");
    private static final Pattern SUB_HEADING = Pattern.compile("^\\s{0,6}(\\(\\d{1,2}\\)|\\([a-z]\\)|\\d{1,2}\\)|[A-Z]\\.)\\s*\\S.{2,110}$");
    private static final Pattern ROMAN_SECTION = Pattern.compile("^\\s{0,6}[IVX]{1,5}\\s?[.、]\\s*[A-Z].{2,110}$");
    private static final Pattern UNIT = Pattern.compile(
            "(?i).*(\\bin (cny|rmb|hk\\$|usd|us\\$|\\$)\\b|rmb\\s*['’]000|hk\\$\\s*['’]000|\\$\\s*['’]000|in thousands|in millions|in billions|\\bcny 10,000\\b|unit\\s*:|rmb million|\\(in millions|\\(dollars in|\\(\\$ in|\\(in \\$).*");
    private static final int MAX_TEXT_GAP = 12;

    private TableLocator() {}

    public static List<TableRegion> locate(LayoutDocument doc) {
        List<LayoutLine> lines = doc.lines();
        List<TableRegion> out = new ArrayList<>();
        StatementKind statement = null;
        boolean parent = false;
        String statementTitle = null;
        String note = null;
        String subHeading = null;
        String unit = null;
        int unitLine = -1000;
        int[] lastNoteNo = {0};
        int lastSection = 0;
        String section = null;
        String entity = null;
        int i = 0;
        while (i < lines.size()) {
            LayoutLine l = lines.get(i);
            if (l.isBlank() || LayoutDocument.isPageNumber(l)) {
                i++;
                continue;
            }
            String text = l.text().trim();
            if (!TableReader.isFigureLine(l) && !(l.hasFragments() && hasFigureish(l))) {
                StatementKind k = StatementKind.ofLine(text);
                if (k != null) {
                    statement = k;
                    statementTitle = text;
                    parent = StatementKind.isParentScope(text);
                    entity = null;
                    for (int b = i - 1, seen = 0; b >= 0 && seen < 4; b--) {
                        LayoutLine above = lines.get(b);
                        if (above.isBlank() || LayoutDocument.isPageNumber(above)) continue;
                        seen++;
                        String at = above.text().trim();
                        if (StatementKind.isParentScope(at) || at.toLowerCase(Locale.ROOT).contains("financial information of parent")) parent = true;
                        else if (entity == null && isEntityName(at)) entity = at;
                    }
                    subHeading = null;
                    unit = null;
                    i++;
                    continue;
                }
                // a unit may share its line with the column years: "(Amounts in millions)      2023      2022"
                boolean unitText = isUnit(text);
                if (unitText || isUnit(l.label())) {
                    unit = unitText ? text : l.label();
                    unitLine = i;
                }
                if (isTerminator(text) || isProse(l) && i - unitLine > 40 && isParagraph(lines, i)) {
                    statement = null;
                }
                if (statement == null) {
                    int roman = romanSection(l.text());
                    if (roman > lastSection) {
                        lastSection = roman;
                        section = text;
                        lastNoteNo[0] = 0;
                        note = null;
                    } else if (isNoteHeading(lines, i, lastNoteNo) || US_NOTE_HEADING.matcher(l.text()).matches()) {
                        note = text;
                        subHeading = null;
                    } else if (SUB_HEADING.matcher(l.text()).matches() && !isProse(l)) {
                        subHeading = text;
                    } else if (text.toLowerCase(Locale.ROOT).startsWith("notes to")) {
                        note = text;
                    }
                }
                i++;
                continue;
            }
            // A figure line: the table region runs until prose, a heading, a unit line or a long gap.
            boolean inStatement = statement != null;
            int start = regionStart(lines, i, out.isEmpty() ? 0 : lastLineNo(out), inStatement);
            int end = i;
            int textRun = 0;
            int j = i + 1;
            int[] probe = {lastNoteNo[0]};
            while (j < lines.size()) {
                LayoutLine n = lines.get(j);
                String nt = n.text().trim();
                if (n.isBlank() || LayoutDocument.isPageNumber(n)) {
                    j++;
                    continue;
                }
                if (TableReader.isFigureLine(n) || n.hasFragments() && hasFigureish(n)) {
                    end = j;
                    textRun = 0;
                    j++;
                    continue;
                }
                if (isProse(n) && (!inStatement || isParagraph(lines, j)) || StatementKind.ofLine(nt) != null || isTerminator(nt)) break;
                if (!inStatement) {
                    if (isUnit(nt) && n.tokens().size() == 1) break;
                    if (US_NOTE_HEADING.matcher(n.text()).matches() || isLeadIn(n) || isYearHeader(n) && end > i) break;
                    if (isNoteHeading(lines, j, new int[]{probe[0]}) || romanSection(n.text()) > lastSection) break;
                    if (SUB_HEADING.matcher(n.text()).matches() && nextIsHeaderOrUnit(lines, j)) break;
                    if (n.page() != lines.get(end).page() && isNewCaptionHeader(n, lines.subList(start, end + 1))) break;
                } else if (isUnit(nt) && n.tokens().size() == 1 && j > i + 3) {
                    break;
                }
                textRun++;
                if (textRun > (inStatement ? MAX_TEXT_GAP * 3 : MAX_TEXT_GAP)) break;
                j++;
            }
            // Labels that finish the last row ("company", "balance") belong to the table.
            int k = end + 1;
            while (k < lines.size() && k <= end + 2) {
                LayoutLine n = lines.get(k);
                if (!n.isBlank() && Labels.isContinuation(n.text()) && !isProse(n)) end = k;
                else if (!n.isBlank()) break;
                k++;
            }
            List<LayoutLine> region = new ArrayList<>(lines.subList(start, end + 1));
            String unitText = unit != null && i - unitLine < 60 ? unit : null;
            String title = statement != null ? statementTitle : (subHeading != null ? subHeading : note);
            out.add(new TableRegion(region, title, note, statement, statement != null ? parent : isParentNotes(section),
                    unitText, section, statement != null ? entity : null));
            i = end + 1;
            subHeading = null;
        }
        return out;
    }

    /** A numbered note heading: the next note number (or close to it), a title, not a sentence. */
    private static boolean isNoteHeading(List<LayoutLine> lines, int index, int[] lastNoteNo) {
        LayoutLine l = lines.get(index);
        var m = NOTE_HEADING.matcher(l.text());
        if (!m.matches()) return false;
        // "1. Opening" whose figures follow on the next line is a row label, not a heading.
        for (int k = index + 1; k < lines.size() && k <= index + 2; k++) {
            if (lines.get(k).isBlank()) continue;
            if (TableReader.isFigureLine(lines.get(k))) return false;
            break;
        }
        String text = l.text().trim();
        int n = Integer.parseInt(m.group(1));
        if (n <= lastNoteNo[0] || lastNoteNo[0] > 0 && n > lastNoteNo[0] + 3 || text.endsWith(".")
                || Labels.isIncomplete(text) && !endsWithCommaNet(text)) return false;
        lastNoteNo[0] = n;
        return true;
    }

    /**
     * "9. Property and Equipment, net": a caption closed by ", net" (net of its allowance or
     * accumulated depreciation), as US notes are titled. A row label may wrap after "net" ("Revenue
     * net" / "of returns"), so the label rule counts it as hanging; after a comma it ends the title.
     */
    private static boolean endsWithCommaNet(String text) {
        return text.regionMatches(true, text.length() - 5, ", net", 0, 5);
    }

    /** The numeral of a Roman-numbered section heading ("VII. Notes to ..."), or 0. */
    private static int romanSection(String line) {
        var m = ROMAN_SECTION.matcher(line);
        if (!m.matches()) return 0;
        String r = Regex.replaceAll(line.trim(), "^([IVX]+).*", "$1");
        int total = 0;
        int prev = 0;
        for (int k = r.length() - 1; k >= 0; k--) {
            int v = switch (r.charAt(k)) { case 'I' -> 1; case 'V' -> 5; case 'X' -> 10; default -> 0; };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    private static boolean isParentNotes(String section) {
        return section != null && section.toLowerCase(Locale.ROOT).contains("parent company");
    }

    private static int lastLineNo(List<TableRegion> out) {
        List<LayoutLine> l = out.get(out.size() - 1).lines();
        return l.get(l.size() - 1).lineNo();
    }

    /** Extends a region upwards over its header and the label lines of its first row. */
    private static int regionStart(List<LayoutLine> lines, int firstFigure, int afterLineNo, boolean inStatement) {
        int s = firstFigure;
        int blanks = 0;
        boolean captionsOnly = false;
        int firstCaption = Integer.MAX_VALUE; // where the unit line's first column caption starts
        for (int j = firstFigure - 1; j >= 0; j--) {
            LayoutLine l = lines.get(j);
            if (l.lineNo() <= afterLineNo) break;
            if (l.isBlank() || LayoutDocument.isPageNumber(l)) {
                if (++blanks > 3) break;
                continue;
            }
            String t = l.text().trim();
            if (captionsOnly) {
                // above a unit line that carries the years, only the rest of the column captions
                // ("April 30,   January 31,") belong to the table: lines that start right of the
                // label column, far in, or no further left than the unit line's own first caption
                // (a narrow table: "($ in millions)   value   amort." under "Gross   Accum.")
                int start = l.tokens().get(0).start();
                if (start < 40 && start < firstCaption - 2) break;
                s = j;
                continue;
            }
            if (isUnit(t) && l.tokens().size() >= 2) {
                s = j; // "(in millions)   2022   2021": the unit and the column header on one line
                captionsOnly = true;
                firstCaption = l.tokens().get(1).start();
                continue;
            }
            if (isUnit(t) && l.tokens().size() == 1 && overFigures(l, lines.get(firstFigure))) {
                // a unit set over the figure columns, under their dates ("December 31, / 2021  2020 /
                // (In millions)"): the dates above it head the columns
                int top = periodCaptionsAbove(lines, j, afterLineNo);
                if (top < j) s = top;
                break;
            }
            if (isProse(l) && (!inStatement || isParagraph(lines, j)) || isUnit(t) || StatementKind.ofLine(t) != null || isTerminator(t)
                    || !inStatement && (isLeadIn(l) || US_NOTE_HEADING.matcher(l.text()).matches())
                    || !inStatement && NOTE_HEADING.matcher(l.text()).matches() && j < firstFigure - 4
                    || !inStatement && SUB_HEADING.matcher(l.text()).matches() && j < firstFigure - 2 && nextIsHeaderOrUnit(lines, j)) {
                break;
            }
            blanks = 0;
            s = j;
        }
        return s;
    }

    /**
     * The first of the lines right above {@code unit} that are column dates: set right of the label
     * column, each a year, a month and day or a period caption ("June 30,   December 31,",
     * "2023   2022", "Year ended"), not a statement's title. {@code unit} when there are none.
     */
    private static int periodCaptionsAbove(List<LayoutLine> lines, int unit, int afterLineNo) {
        int top = unit;
        for (int k = unit - 1; k >= 0 && k >= unit - 4; k--) {
            LayoutLine l = lines.get(k);
            if (l.lineNo() <= afterLineNo || l.isBlank()) break;
            String t = l.text().trim();
            if (l.tokens().get(0).start() < 40 || StatementKind.ofLine(t) != null || !PERIOD_CAPTION.matcher(t).find()) break;
            // column captions are short ("December 31,", "2021   2020"); a long single caption is a
            // centred subtitle ("For the Years Ended December 31, 2019, 2018, and 2017") or captions run together
            if (l.tokens().size() == 1 && t.length() > 20) {
                // two period captions run together ("Three Months Ended June 30,Six Months Ended June
                // 30,") cannot be placed over their columns: the years under them alone would give two
                // columns one period, so none is taken
                if (RUN_TOGETHER.matcher(t).find()) return unit;
                break;
            }
            top = k;
        }
        return top;
    }

    /** Whether a line's one caption starts over the figures of the first figure line, not over its labels. */
    private static boolean overFigures(LayoutLine caption, LayoutLine firstFigureLine) {
        List<Token> figures = firstFigureLine.trailingFigures();
        return !figures.isEmpty() && caption.tokens().get(0).start() >= Math.min(figures.get(0).start(), firstFigureLine.cellsStart()) - 10;
    }

    private static final java.util.regex.Pattern RUN_TOGETHER = java.util.regex.Pattern.compile("(?i)\\bended\\b.*\\bended\\b");
    private static final java.util.regex.Pattern PERIOD_CAPTION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:19|20)\\d\\d\\b|\\b" + MovementSchedules.MONTH + "\\s+\\d{1,2}\\b|\\b(?:ended|as of|as at)\\b");

    private static boolean nextIsHeaderOrUnit(List<LayoutLine> lines, int j) {
        for (int k = j + 1; k < lines.size() && k <= j + 6; k++) {
            LayoutLine n = lines.get(k);
            if (n.isBlank()) continue;
            String t = n.text().trim();
            if (isUnit(t) || n.tokens().size() >= 2 && !TableReader.isFigureLine(n)) return true;
            if (TableReader.isFigureLine(n)) return false;
        }
        return false;
    }

    private static boolean hasFigureish(LayoutLine l) {
        return l.tokens().stream().filter(t -> t.type() == TokenType.FRAGMENT || t.isFigure()).count() >= 2;
    }

    /** A unit line ({@link #UNIT}), read in the line's first column: its text up to a gap of three or more white spaces. */
    public static boolean isUnit(String text) {
        String t = text.trim();
        int head = headEnd(t);
        return head < 120 && mayBeUnit(t, head) && UNIT.matcher(t.substring(0, head)).matches();
    }

    /** Where the first column of a trimmed line ends: at its first run of three white spaces ({@code \s}), else at its end. */
    static int headEnd(String t) {
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Spaces.isSpace(c)) {
                if (++run == 3) return i - 2;
            } else {
                run = 0;
            }
        }
        return t.length();
    }

    /**
     * Whether the head of a line has words that every form of {@link #UNIT} needs: "in " before a
     * currency or scale ("in rmb", "in $", "in thousands", "(in millions"), "000", "unit", "rmb million",
     * "dollars in" or "$ in". Most lines are out before the pattern, prose with "in " among them.
     */
    private static boolean mayBeUnit(String t, int end) {
        // one pass: each word is looked for only where its first character is
        for (int i = 0; i < end; i++) {
            boolean found = switch (AsciiCase.lower(t.charAt(i))) {
                case 'i' -> i + 3 < end && AsciiCase.startsAt(t, i, end, "in ") && "crhu$tmb".indexOf(AsciiCase.lower(t.charAt(i + 3))) >= 0;
                case '0' -> AsciiCase.startsAt(t, i, end, "000");
                case 'u' -> AsciiCase.startsAt(t, i, end, "unit");
                case 'r' -> AsciiCase.startsAt(t, i, end, "rmb million");
                case 'd' -> AsciiCase.startsAt(t, i, end, "dollars in");
                case '$' -> AsciiCase.startsAt(t, i, end, "$ in");
                default -> false;
            };
            if (found) return true;
        }
        return false;
    }

    private static boolean isTerminator(String t) {
        String s = t.toLowerCase(Locale.ROOT);
        if (s.startsWith("note") && Regex.matches(s, "^notes? to (the )?(consolidated |condensed )*financial statements\\.?$")) return true;
        return s.startsWith("see accompanying") || s.startsWith("the accompanying notes") || s.startsWith("legal representative")
                || s.startsWith("the notes on pages") || s.startsWith("person in charge");
    }

    /** A company's name standing alone over a statement title: "Pacific Gas and Electric Company". */
    private static boolean isEntityName(String t) {
        return t.length() < 80 && !t.contains("   ") && !Regex.matches(t, ".*\\d.*") && Regex.split(t, "\\s+").length >= 2
                && Character.isUpperCase(t.charAt(0))
                && (Regex.matches(t, "(?i).*\\b(corporation|company|inc\\.?|co\\.,? ?ltd\\.?|limited|plc|holdings|group|ltd\\.?|subsidiaries|partnership|l\\.?p\\.?)$")
                    || isSubgroup(t));
    }

    /** A group of entities narrower than the consolidated group: "Deed of Cross Guarantee", "Obligor Group". */
    public static boolean isSubgroup(String t) {
        return Regex.matches(t, "(?i).*\\b(cross guarantee|guarantors?|obligor group|obligors|closed group|non-guarantor|issuer and guarantor)\\b.*");
    }

    /** A sentence introducing a table: "Inventories at December 31 consisted of the following:". */
    private static boolean isLeadIn(LayoutLine l) {
        String t = l.text().trim();
        return t.length() >= 50 && t.endsWith(":") && !t.contains("   ");
    }

    /**
     * Column captions at the top of a new page ("Operating      Finance") that the table above did
     * not have: the page starts another table, not the rest of this one. A header repeated from
     * above continues the table.
     */
    private static boolean isNewCaptionHeader(LayoutLine n, List<LayoutLine> table) {
        List<io.tickmark.extract.layout.Token> tokens = n.tokens();
        if (tokens.size() < 2 || !tokens.stream().allMatch(t -> t.type() == TokenType.TEXT) || tokens.get(0).start() < 30) return false;
        String key = Spaces.collapse(n.text().trim());
        return table.stream().noneMatch(l -> Spaces.collapse(l.text().trim()).equals(key));
    }

    /** A line of column years ("2022   2021   2020"): a new table's header. */
    private static boolean isYearHeader(LayoutLine l) {
        return l.tokens().size() >= 2 && l.tokens().stream().allMatch(t -> t.isYear() || Regex.matches(t.text(), "(?i)total|\\$"));
    }

    /**
     * Running text that ends a statement: a paragraph, not one long label line of the statement
     * ("Adjustments to reconcile net income to net cash provided by operating activities:"). The
     * line is followed by more running text, or is a sentence with no figures after it.
     */
    private static boolean isParagraph(List<LayoutLine> lines, int i) {
        String t = lines.get(i).text().trim();
        for (int k = i + 1; k < lines.size() && k <= i + 4; k++) {
            LayoutLine n = lines.get(k);
            if (n.isBlank() || LayoutDocument.isPageNumber(n)) continue;
            if (isProse(n)) return true;
            if (TableReader.isFigureLine(n)) return false;
            return t.endsWith(".");
        }
        return true;
    }

    /** Running text: a long line without column gaps, or a sentence. */
    public static boolean isProse(LayoutLine l) {
        if (TableReader.isFigureLine(l)) return false;
        String t = l.text().trim();
        // long enough and without column gaps first: most lines of a table are out before the label is read
        boolean gaps = t.contains("   ");
        boolean prose = t.length() >= 85 && !gaps || t.length() >= 60 && !gaps && t.endsWith(".");
        // A long label that wraps ("... (net of taxes of $2, $0, and $1, at") is not running text.
        return prose && !(Labels.isIncomplete(t) && !t.endsWith("."));
    }
}

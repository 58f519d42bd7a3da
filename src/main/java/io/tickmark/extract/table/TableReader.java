package io.tickmark.extract.table;

import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.layout.Token;
import io.tickmark.extract.layout.TokenType;
import io.tickmark.extract.layout.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Reads one table region of layout lines into rows and columns: header lines above the first
 * figure line name the columns; figure lines are fitted to columns by the right edge of each
 * figure; wrapped labels are joined with the figures wherever they sit (first, middle or last line,
 * or on a line of their own).
 */
public final class TableReader {

    /** Problems met while reading: (line, description). */
    private final BiConsumer<LayoutLine, String> problems;

    public TableReader(BiConsumer<LayoutLine, String> problems) {
        this.problems = problems;
    }

    public Table read(List<LayoutLine> lines, String title) {
        // Figures printed on one right edge are one column, wherever the layout put their characters.
        List<LayoutLine> region = PrintedEdges.align(lines);
        Table table = new Table();
        table.title = title;
        int firstFig = -1;
        for (int i = 0; i < region.size(); i++) {
            if (isFigureLine(region.get(i))) {
                firstFig = i;
                break;
            }
        }
        if (firstFig < 0) return table;
        List<LayoutLine> header = new ArrayList<>();
        List<LayoutLine> body = new ArrayList<>();
        java.util.Set<String> headerTexts = new java.util.HashSet<>();
        List<Integer> newCaptions = new ArrayList<>(); // caption lines below the first figures that repeat no caption above
        for (int i = 0; i < region.size(); i++) {
            LayoutLine l = region.get(i);
            if (isRule(l) && i > firstFig) {
                body.add(l); // kept as a marker: the row below it is a subtotal
                continue;
            }
            if (LayoutDocument.isPageNumber(l) || l.isBlank()) continue;
            // Footnote markers wrapped onto a line of their own ("(1)(2)") carry nothing to read.
            if (l.tokens().size() <= 3 && l.tokens().stream().allMatch(t -> Regex.matches(t.text(), "(\\(\\d{1,2}\\))+"))) continue;
            // a unit caption alone on its line is the table's unit, not a column's name ("(in thousands,
            // except for per share amounts)" under the years would make every column a per-share one)
            if (i < firstFig && l.tokens().size() == 1 && TableLocator.isUnit(l.text())) continue;
            if (i < firstFig && isHeaderLine(l, region, firstFig)) {
                header.add(l);
                headerTexts.add(collapsed(l));
            } else if (i > firstFig && (isHeaderLine(l, region, -1) || headerTexts.contains(collapsed(l))
                    || !isFigureLine(l) && TableLocator.isUnit(l.text()))) {
                if (!headerTexts.contains(collapsed(l)) && !TableLocator.isUnit(l.text())) newCaptions.add(l.lineNo());
                continue; // a header or unit line repeated after a page break ("December 31,   December 31,")
            } else {
                body.add(l);
            }
        }
        List<LayoutLine> figureLines = body.stream().filter(TableReader::isFigureLine).toList();
        ColumnModel columns = ColumnModel.build(figureLines, header, newCaptions);
        for (int c = 0; c < columns.size(); c++) table.columnLabels.add("");
        nameColumns(table, header, columns, figureLines);
        assembleRows(table, body, columns);
        table.firstLine = region.get(0).lineNo();
        table.lastLine = region.get(region.size() - 1).lineNo();
        table.page = region.get(firstFig).page();
        return table;
    }

    private static String collapsed(LayoutLine l) {
        return Spaces.collapse(l.text().trim());
    }

    /** A line that only draws rules under figures ("---------   ----------"). */
    static boolean isRule(LayoutLine l) {
        String t = l.text().trim();
        return t.length() >= 3 && Regex.matches(t, "[-=_─━\\s]+") && Regex.replaceAll(t, "\\s", "").length() >= 3;
    }

    /** A line whose trailing tokens include a figure that is not merely a year. */
    public static boolean isFigureLine(LayoutLine l) {
        List<Token> figs = l.trailingFigures();
        if (figs.isEmpty()) return false;
        if (figs.stream().allMatch(t -> t.isYear() || t.type() == TokenType.NIL) && !yearLikeAmounts(l, figs)) return false;
        return !LayoutDocument.isPageNumber(l);
    }

    /**
     * Amounts that happen to read as years ("Land   2045   1998" in a table without thousands
     * separators): a labelled row whose numbers are not the close run of years a period header shows.
     */
    private static boolean yearLikeAmounts(LayoutLine l, List<Token> figs) {
        if (l.tokens().isEmpty() || l.tokens().get(0).type() != TokenType.TEXT || l.label().isEmpty()) return false;
        if (Regex.matches(l.label().toLowerCase(), ".*\\b(year|years|ended|ending|as of|as at|period|months|quarter|fiscal|december|june|march|september)\\b.*")) return false;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        int years = 0;
        for (Token t : figs) {
            if (!t.isYear()) continue;
            int y = Integer.parseInt(t.text());
            min = Math.min(min, y);
            max = Math.max(max, y);
            years++;
        }
        return years > 0 && max - min > 6;
    }

    /** Header: period words, years, or several column captions spread over the line. */
    static boolean isHeaderLine(LayoutLine l, List<LayoutLine> region, int firstFig) {
        List<Token> figs = l.trailingFigures();
        // A labelled row of nils ("Preferred stock   —   —") is a row, not column captions.
        if (!figs.isEmpty() && figs.stream().allMatch(t -> t.type() == TokenType.NIL) && !l.tokens().isEmpty()
                && l.tokens().get(0).type() == TokenType.TEXT && l.tokens().get(0).start() < figs.get(0).start() - 10) return false;
        if (!figs.isEmpty() && figs.stream().allMatch(Token::isYear) && figs.size() == l.tokens().size()) return true;
        if (!figs.isEmpty() && figs.stream().noneMatch(Token::isYear)) return false;
        String t = l.text().trim().toLowerCase();
        if (Regex.matches(t, ".*\\b(balance|period|year|years|months|quarter|amount|items|ended|as of|as at|note|total|20\\d\\d)\\b.*")
                && l.tokens().size() >= 2) {
            return firstFig >= 0 || l.tokens().stream().allMatch(x -> x.type() == TokenType.TEXT || x.isYear());
        }
        if (firstFig >= 0) {
            // Before the first figure line: captions that sit over the figure columns, not in the label column.
            return l.tokens().size() >= 2 || (!l.tokens().isEmpty() && l.tokens().get(0).start() > 30);
        }
        return false;
    }

    private void nameColumns(Table table, List<LayoutLine> header, ColumnModel columns, List<LayoutLine> figureLines) {
        if (columns.size() == 0) return;
        int refPage = figureLines.isEmpty() ? 0 : figureLines.get(0).page();
        int minLeft = Integer.MAX_VALUE;
        // Captions left of every cell (a "$" sign opens its cell) are over the labels: the stub header.
        for (LayoutLine l : figureLines) {
            List<Token> f = l.trailingFigures();
            if (!f.isEmpty()) minLeft = Math.min(minLeft, Math.min(f.get(0).start(), l.cellsStart()));
        }
        StringBuilder[] names = new StringBuilder[columns.size()];
        for (int i = 0; i < names.length; i++) names[i] = new StringBuilder();
        String stubDate = null;
        for (LayoutLine l : header) {
            stubDate = stubDate != null ? stubDate : stubMonthDay(l, minLeft);
            List<Token> captions = new ArrayList<>();
            for (Token t : l.tokens()) if (!(t.end() < minLeft - 4 && !t.isYear())) captions.add(t);
            int[] groups = groupCaptions(columns, captions, figureLines);
            if (groups != null) {
                // "Three months ended   Six months ended" over four columns: each caption names its group
                for (int c = 0; c < names.length; c++) {
                    if (names[c].length() > 0) names[c].append(' ');
                    names[c].append(captions.get(groups[c]).text());
                }
                continue;
            }
            for (Token t : l.tokens()) {
                if (t.end() < minLeft - 4 && !t.isYear()) continue; // the stub header ("Items")
                // A caption over a group of columns ("Three Months Ended April 30,") names each of them.
                List<Integer> spanned = spannedColumns(columns, t, figureLines);
                if (spanned.size() < 2) {
                    int col = nearestByCentre(columns, (t.start() + t.end()) / 2, figureLines);
                    spanned = col < 0 ? List.of() : List.of(col);
                }
                for (int col : spanned) {
                    if (names[col].length() > 0) names[col].append(' ');
                    names[col].append(t.text());
                }
            }
        }
        for (int i = 0; i < names.length; i++) {
            String name = names[i].toString().trim();
            // "As of June 30,   2022   2021": the month and day in the stub date each year over the columns
            if (stubDate != null && YEAR_ONLY.matcher(name).matches()) name = stubDate + " " + name;
            table.columnLabels.set(i, name);
        }
        if (refPage == 0) return;
    }

    private static final java.util.regex.Pattern YEAR_ONLY = java.util.regex.Pattern.compile("(19|20)\\d\\d");
    private static final java.util.regex.Pattern MONTH_DAY_END = java.util.regex.Pattern.compile(
            "(?i)(?:^|\\s)(" + MovementSchedules.MONTH + "\\s+\\d{1,2}),?$");

    /** The month and day a header line's stub ends in ("As of June 30,", "June 30,"), or null. */
    private static String stubMonthDay(LayoutLine l, int minLeft) {
        StringBuilder stub = new StringBuilder();
        for (Token t : l.tokens()) {
            if (t.end() < minLeft - 4 && !t.isYear()) stub.append(stub.length() > 0 ? " " : "").append(t.text());
        }
        if (stub.length() == 0) return null;
        java.util.regex.Matcher m = MONTH_DAY_END.matcher(stub.toString().trim());
        return m.find() ? m.group(1) + "," : null;
    }

    /**
     * Captions each over a group of columns: fewer captions than columns, the columns divide into
     * equal consecutive groups, and each column lies nearest the caption of its group. Returns the
     * caption index of each column, or null when the line is not such a row of group captions.
     */
    private static int[] groupCaptions(ColumnModel columns, List<Token> captions, List<LayoutLine> figureLines) {
        int n = columns.size();
        int k = captions.size();
        if (k < 2 || n <= k || n % k != 0) return null;
        int size = n / k;
        int[] groups = new int[n];
        for (int c = 0; c < n; c++) {
            int width = typicalWidth(figureLines, columns.edges[c]);
            int centre = columns.edges[c] - width / 2;
            int best = -1;
            int bestD = Integer.MAX_VALUE;
            for (int i = 0; i < k; i++) {
                Token t = captions.get(i);
                int d = centre < t.start() ? t.start() - centre : centre > t.end() ? centre - t.end() : 0;
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
            if (best != c / size) return null;
            groups[c] = best;
        }
        // each caption is set over the middle of its group, as a spanning caption is
        for (int i = 0; i < k; i++) {
            Token t = captions.get(i);
            if (t.type() != TokenType.TEXT) return null;
            int first = columns.edges[i * size] - typicalWidth(figureLines, columns.edges[i * size]) / 2;
            int lastEdge = columns.edges[(i + 1) * size - 1];
            int last = lastEdge - typicalWidth(figureLines, lastEdge) / 2;
            int middle = (first + last) / 2;
            if (middle < t.start() - 3 || middle > t.end() + 3) return null;
        }
        return groups;
    }

    /** Columns whose figures lie under a header token that is wider than one column. */
    private static List<Integer> spannedColumns(ColumnModel columns, Token t, List<LayoutLine> figureLines) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            int width = typicalWidth(figureLines, columns.edges[c]);
            int centre = columns.edges[c] - width / 2;
            if (centre >= t.start() - 1 && centre <= t.end() + 1) out.add(c);
        }
        return out;
    }

    private static int nearestByCentre(ColumnModel columns, int centre, List<LayoutLine> figureLines) {
        int best = -1;
        int bestD = Integer.MAX_VALUE;
        for (int c = 0; c < columns.size(); c++) {
            int width = typicalWidth(figureLines, columns.edges[c]);
            int colCentre = columns.edges[c] - width / 2;
            int d = Math.abs(colCentre - centre);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best;
    }

    private static int typicalWidth(List<LayoutLine> lines, int edge) {
        int w = 10;
        for (LayoutLine l : lines) {
            for (Token t : l.trailingFigures()) if (Math.abs(t.edge() - edge) <= 3) w = Math.max(w, t.end() - t.start());
        }
        return Math.min(w, 18);
    }

    private void assembleRows(Table table, List<LayoutLine> body, ColumnModel columns) {
        Row current = null;
        Row open = null; // the row whose last line closed with a currency sign and no figure (endsOpen)
        LayoutLine openAt = null;
        int lastLineNo = -10;
        boolean awaitingLabel = false;
        boolean ruled = false;
        int labelMargin = Integer.MAX_VALUE;
        for (LayoutLine l : body) if (!l.isBlank() && hasLetter(l.label())) labelMargin = Math.min(labelMargin, l.indent());
        if (labelMargin == Integer.MAX_VALUE) { // no words in the body: its labels are the lines' own margin
            for (LayoutLine l : body) if (!l.isBlank()) labelMargin = Math.min(labelMargin, l.indent());
        }
        for (LayoutLine l : body) {
            if (isRule(l)) {
                ruled = true;
                continue;
            }
            int rowsBefore = table.rows.size();
            boolean figs = isFigureLine(l);
            // Cells left in the label (figures not read into columns, "n/m"): the line is a row with
            // figures, not a label or its continuation, and its label ends before them.
            List<Token> stuck = l.labelCells();
            String label = stuck.isEmpty() ? l.label() : l.labelBeforeCells();
            List<Token> markers = stuck.isEmpty() ? markerCells(l, columns) : List.of();
            if (!markers.isEmpty()) {
                stuck = markers;
                label = l.labelBefore(markers.get(0).start());
            }
            boolean adjacent = l.lineNo() - lastLineNo <= 2;
            boolean hasLabel = !label.isEmpty();
            if (!figs && stuck.isEmpty() && Labels.isLegend(label)) continue; // "n/m Not meaningful" under the table
            if (!figs && !stuck.isEmpty() && hasLabel) {
                if (current != null && adjacent && !current.hasFigures
                        && (Labels.isIncomplete(current.label()) || Labels.isContinuation(label))
                        && !Labels.isSectionHeader(current.label())) {
                    current.labelParts.add(label);
                    current.touch(l.lineNo(), l.page());
                } else {
                    current = newRow(table, columns, l, label);
                }
                markCells(current, l, stuck, columns);
                awaitingLabel = false;
            } else if (!figs) {
                if (!hasLabel) continue;
                if (current != null && adjacent && awaitingLabel && !Labels.isContinuation(label)) {
                    current.labelParts.add(label);
                    current.indent = l.indent();
                    current.touch(l.lineNo(), l.page());
                    awaitingLabel = false;
                } else if (current != null && adjacent
                        && (Labels.isContinuation(label) || Labels.isIncomplete(current.label()))
                        && !Labels.isSectionHeader(current.label())) {
                    current.labelParts.add(label);
                    current.touch(l.lineNo(), l.page());
                } else {
                    current = newRow(table, columns, l, label);
                    awaitingLabel = false;
                }
            } else if (hasLabel) {
                if (current != null && adjacent && !current.hasFigures
                        && (Labels.isIncomplete(current.label()) || Labels.isContinuation(label))
                        && !Labels.isSectionHeader(current.label())) {
                    current.labelParts.add(label);
                } else {
                    current = newRow(table, columns, l, label);
                }
                placeFigures(current, l, columns);
                markCells(current, l, stuck, columns);
                awaitingLabel = false;
            } else {
                // A line of figures without a label: the label block around it owns them, also when
                // the row above already has figures in other columns (a cell set a line higher).
                if (current != null && adjacent && !current.hasFigures && !Labels.isSectionHeader(current.label())) {
                    placeFigures(current, l, columns);
                } else if (current != null && adjacent && current.hasFigures && disjoint(current, l, columns)) {
                    placeFigures(current, l, columns);
                } else if (current != null && adjacent && current == open) {
                    // the figures after a currency sign that closed the row's line, where the row has
                    // figures already: the row was broken by its writer, not followed by a subtotal
                    closeOpenCell(current, openAt);
                    open = null;
                    lastLineNo = l.lineNo();
                    continue;
                } else if (current != null && adjacent && current.hasFigures && l.indent() <= labelMargin + 2
                        && l.trailingFigures().size() == 1 && !Tokenizer.isNoteMarker(l.tokens().get(0).text())) {
                    // A figure alone where the labels start, under a row that has its figures: no
                    // subtotal is set there; text written in reading order puts a table's cells one per line.
                    problems.accept(l, "figure at the labels' margin, not under a column (text in reading order?)");
                    lastLineNo = l.lineNo();
                    continue;
                } else if (current != null && adjacent && current.hasFigures) {
                    // Figures under a run of items, with no words: the unlabelled subtotal of those
                    // items (a schedule grouped under captions), not the row of the caption below it.
                    current = newRow(table, columns, l, Labels.UNLABELLED_SUBTOTAL);
                    placeFigures(current, l, columns);
                    awaitingLabel = false;
                } else {
                    current = newRow(table, columns, l, "");
                    placeFigures(current, l, columns);
                    awaitingLabel = true;
                }
            }
            lastLineNo = l.lineNo();
            if (open != null && open != current) {
                closeOpenCell(open, openAt);
                open = null;
            }
            if (figs) {
                open = endsOpen(l) ? current : null;
                openAt = l;
            }
            if (table.rows.size() > rowsBefore) {
                table.rows.get(table.rows.size() - 1).ruledAbove = ruled;
                ruled = false;
            }
        }
        if (open != null) closeOpenCell(open, openAt);
        for (Row r : table.rows) if (r.hasFigures) table.rowsWithFigures++;
    }

    /**
     * Cells of the row that are not read as figures: "n/m" cells (a figure the table does not show)
     * mark their column; figures left in the label mark the whole row, and are reported with the
     * row's label. Either way the row has figures, and a relation over it cannot be verified where
     * its figure is missing (never a row without figures that adds nothing to a total).
     */
    private void markCells(Row row, LayoutLine l, List<Token> stuck, ColumnModel columns) {
        List<Token> cells = new ArrayList<>(stuck);
        cells.addAll(l.notShownCells());
        if (cells.isEmpty()) return;
        List<String> unread = new ArrayList<>();
        for (Token t : cells) {
            if (Tokenizer.isMarkerCell(t.text())) {
                row.unread.set(columns.columnOf(l, t)); // in a column: markerCells took only those
            } else if (Tokenizer.isNotShown(t.text())) {
                int c = columns.columnOfEdge(l.page(), t.end());
                if (c >= 0 && row.cells[c] == null) row.unread.set(c);
                else row.unplaced = true;
            } else {
                unread.add(t.text());
                row.unplaced = true;
            }
        }
        row.hasFigures = true;
        if (!unread.isEmpty()) {
            problems.accept(l, "figures left in the label, not read into columns: '" + row.label() + "': " + String.join(" ", unread));
        }
    }

    /**
     * Footnote markers standing alone in figure columns at the end of the row's label ("Corporate (a)
     * (b) (b) (b)  $ 85  $ 15,099", footnote (b): "not available"): the table shows no figure there,
     * so they are the row's cells, not words of its label. Only a run that closes the label, set
     * apart from the words before it by a column gap, each marker under a column of the table: a
     * marker after a label's words ("Corporate (a)") is the label's footnote, and a line of markers
     * alone marks the figures of the line below. Empty otherwise.
     */
    private static List<Token> markerCells(LayoutLine l, ColumnModel columns) {
        List<Token> tokens = l.tokens();
        int cellsStart = l.cellsStart();
        int end = 0;
        while (end < tokens.size() && tokens.get(end).start() < cellsStart) end++;
        int first = end;
        while (first > 1 && Tokenizer.isMarkerCell(tokens.get(first - 1).text())
                && tokens.get(first - 1).start() - tokens.get(first - 2).end() >= 2) first--;
        if (first == end) return List.of();
        // a line of markers alone ("(j)   (i)" set above the figures they mark) is no row of its own
        boolean words = false;
        for (int k = 0; k < first; k++) words |= !Tokenizer.isMarkerCell(tokens.get(k).text());
        if (!words) return List.of();
        List<Token> out = new ArrayList<>(tokens.subList(first, end));
        java.util.BitSet seen = new java.util.BitSet();
        for (Token t : out) {
            int c = columns.columnOf(l, t);
            if (c < 0 || seen.get(c)) return List.of();
            seen.set(c);
        }
        for (Token t : l.trailingFigures()) {
            int c = columns.columnOf(l, t);
            if (c >= 0 && seen.get(c)) return List.of();
        }
        return out;
    }

    /** Whether the line's figures fall only in columns where the row has no figure yet. */
    private static boolean disjoint(Row row, LayoutLine l, ColumnModel columns) {
        for (int c : columns.columnsOf(l, l.trailingFigures())) {
            if (c < 0 || row.cells[c] != null) return false;
        }
        return true;
    }

    private static Row newRow(Table table, ColumnModel columns, LayoutLine l, String label) {
        Row r = new Row(columns.size());
        if (!label.isEmpty()) r.labelParts.add(label);
        r.indent = l.indent();
        r.touch(l.lineNo(), l.page());
        table.rows.add(r);
        return r;
    }

    private void placeFigures(Row row, LayoutLine l, ColumnModel columns) {
        row.touch(l.lineNo(), l.page());
        List<Token> figures = l.trailingFigures();
        int[] placed = columns.columnsOf(l, figures);
        for (int i = 0; i < placed.length; i++) {
            Token t = figures.get(i);
            int c = placed[i];
            if (c < 0 && columns.size() > 0 && t.edge() < columns.edges[0] - 8) {
                // Left of every column: a number in a wrapped label ("($7)" in "net of tax of ... ($7)").
                row.labelParts.add(t.text());
                continue;
            }
            if (c < 0 && t.type() == TokenType.NIL) continue; // a dash off the grid is still nothing
            if (c < 0) {
                problems.accept(l, "figure fits no column: " + t.text());
                continue;
            }
            if (row.cells[c] != null && i > 0 && placed[i - 1] == c && Tokenizer.isNoteMarker(t.text())) {
                continue; // "4.04   (1)": the figure's footnote marker, set apart in its cell
            }
            if (row.cells[c] != null) {
                problems.accept(l, "two figures fall in one column: " + row.cells[c].value() + " and " + t.text());
                continue;
            }
            row.cells[c] = new Row.Cell(t.value(), t.decimals(), t.type() == TokenType.PERCENT, l.lineNo(), t.start(), t.end());
            row.hasFigures = true;
        }
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
        return false;
    }

    /**
     * "$ (1,720.3) $ (1,897.2) $": a currency sign closing a line of figures opens a cell whose figure
     * is not on the line (a writer broke the row there); it may follow on the next line.
     */
    private static boolean endsOpen(LayoutLine l) {
        List<Token> tokens = l.tokens();
        List<Token> figures = l.trailingFigures();
        return !figures.isEmpty() && tokens.get(tokens.size() - 1).type() == TokenType.CURRENCY
                && tokens.get(tokens.size() - 1).start() > figures.get(figures.size() - 1).end();
    }

    /** The row's cell opened by a currency sign was not found: the row has a cell that was not read. */
    private void closeOpenCell(Row row, LayoutLine at) {
        row.unplaced = true;
        problems.accept(at, "currency sign without its figure: '" + row.label() + "'");
    }
}

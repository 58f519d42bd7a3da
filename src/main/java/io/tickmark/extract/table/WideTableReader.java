package io.tickmark.extract.table;

import io.tickmark.util.Regex;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.layout.Token;
import io.tickmark.extract.layout.TokenType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Reads tables whose columns are too narrow for their figures, so that each figure is broken over
 * several lines at the same position ({@code 426,0} / {@code 51,01} / {@code 5.00}) and each header
 * into syllables ({@code Capit} / {@code al} / {@code reser} / {@code ve}), as in statements of
 * changes in equity. Rows are the blocks between blank lines; in each block the pieces of each
 * column are joined top to bottom and must form one well-formed figure, or the cell is reported.
 */
public final class WideTableReader {
    private static final Pattern WELL_FORMED = Pattern.compile("-?\\d{1,3}(,\\d{3})*(\\.\\d{1,4})?");

    private final BiConsumer<LayoutLine, String> problems;

    public WideTableReader(BiConsumer<LayoutLine, String> problems) {
        this.problems = problems;
    }

    public Table read(List<LayoutLine> region, String title) {
        Table table = new Table();
        table.title = title;
        int firstData = -1;
        for (int i = 0; i < region.size(); i++) {
            if (isData(region.get(i))) {
                firstData = i;
                break;
            }
        }
        if (firstData < 0) return table;
        Map<Integer, List<Integer>> edges = new TreeMap<>();
        List<LayoutLine> data = region.subList(firstData, region.size());
        for (LayoutLine l : data) {
            for (Token t : l.tokens()) if (isPiece(t)) edges.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(t.end());
        }
        ColumnModel columns = ColumnModel.fromEdges(edges, 4, true);
        int leftmost = columns.size() == 0 ? 0 : columns.edges[0] - 8;
        for (int c = 0; c < columns.size(); c++) table.columnLabels.add("");
        nameColumns(table, region.subList(0, firstData), columns);
        List<List<LayoutLine>> blocks = blocks(data);
        for (List<LayoutLine> block : blocks) readBlock(table, block, columns, leftmost);
        for (Row r : table.rows) if (r.hasFigures) table.rowsWithFigures++;
        table.firstLine = region.get(0).lineNo();
        table.lastLine = region.get(region.size() - 1).lineNo();
        table.page = region.get(firstData).page();
        return table;
    }

    private static boolean isPiece(Token t) {
        return t.type() == TokenType.FRAGMENT || t.type() == TokenType.AMOUNT || t.type() == TokenType.NIL;
    }

    private static boolean isData(LayoutLine l) {
        return l.tokens().stream().anyMatch(t -> (t.type() == TokenType.FRAGMENT || t.type() == TokenType.AMOUNT) && !t.isYear());
    }

    /** Header syllables joined top to bottom per column: "Capit"+"al"+"reser"+"ve". */
    private static void nameColumns(Table table, List<LayoutLine> header, ColumnModel columns) {
        if (columns.size() == 0) return;
        StringBuilder[] names = new StringBuilder[columns.size()];
        for (int i = 0; i < names.length; i++) names[i] = new StringBuilder();
        for (LayoutLine l : header) {
            for (Token t : l.tokens()) {
                if (t.end() < columns.edges[0] - 8 || t.text().length() > 20) continue;
                int c = columns.nearestColumn(t.end() + 1);
                if (c < 0 || Math.abs(columns.edges[c] - t.end()) > 7) continue;
                names[c].append(t.text());
            }
        }
        for (int i = 0; i < names.length; i++) table.columnLabels.set(i, names[i].toString());
    }

    /** Rows are separated by blank lines; a block whose label starts in lower case continues the one above. */
    private static List<List<LayoutLine>> blocks(List<LayoutLine> data) {
        List<List<LayoutLine>> out = new ArrayList<>();
        List<LayoutLine> cur = new ArrayList<>();
        for (LayoutLine l : data) {
            if (l.isBlank() || LayoutDocument.isPageNumber(l)) {
                if (!cur.isEmpty()) out.add(cur);
                cur = new ArrayList<>();
                continue;
            }
            cur.add(l);
        }
        if (!cur.isEmpty()) out.add(cur);
        List<List<LayoutLine>> merged = new ArrayList<>();
        for (List<LayoutLine> b : out) {
            String first = labelOf(b.get(0), Integer.MAX_VALUE);
            if (!merged.isEmpty() && !first.isEmpty() && Labels.isContinuation(first)) {
                merged.get(merged.size() - 1).addAll(b);
            } else {
                merged.add(b);
            }
        }
        return merged;
    }

    private static String labelOf(LayoutLine l, int leftmost) {
        StringBuilder s = new StringBuilder();
        for (Token t : l.tokens()) {
            if (t.type() == TokenType.TEXT && t.start() < Math.min(leftmost, 40)) s.append(s.length() > 0 ? " " : "").append(t.text());
        }
        return s.toString();
    }

    private void readBlock(Table table, List<LayoutLine> block, ColumnModel columns, int leftmost) {
        // A block may hold several rows when the page left no blank line between them. A new row
        // starts at a numbered label, or at a new label or a piece for an already complete column
        // once every figure of the current row is complete; a lone minus sign waiting above the
        // new row's first piece moves with it.
        Piecewise cur = new Piecewise(columns.size());
        for (LayoutLine l : block) {
            String label = labelOf(l, leftmost);
            boolean hasLabel = !cur.row.labelParts.isEmpty();
            boolean split = hasLabel && !label.isEmpty() && Labels.numberingLevel(label) > 0;
            boolean linePieces = l.tokens().stream().anyMatch(t -> isPiece(t) && t.type() != TokenType.NIL);
            if (!split && cur.settled()) {
                // A new label starts a row only with figures of its own: a label line alone after a
                // settled row finishes a wrapped name ("Watch Industry" / "Co., Ltd.").
                if (hasLabel && !label.isEmpty() && !Labels.isContinuation(label) && linePieces) split = true;
                for (Token t : l.tokens()) {
                    if (!isPiece(t) || t.type() == TokenType.NIL) continue;
                    int c = columns.columnOfEdge(l.page(), t.end());
                    if (c >= 0 && cur.complete(c)) split = true;
                }
            }
            if (split) {
                Piecewise next = new Piecewise(columns.size());
                cur.moveSignsTo(next);
                finish(table, cur, l);
                cur = next;
            }
            cur.row.touch(l.lineNo(), l.page());
            for (Token t : l.tokens()) {
                if (t.type() == TokenType.TEXT && t.start() < leftmost) {
                    if (cur.row.indent < 0) cur.row.indent = t.start();
                    cur.row.labelParts.add(t.text());
                    continue;
                }
                if (!isPiece(t)) continue;
                // A page that shows only some of the columns has them squeezed together, with no
                // header to place them: its pieces cannot be put in a column with confidence.
                if (!columns.pageComplete(l.page())) {
                    cur.broken = true;
                    continue;
                }
                int c = columns.columnOfEdge(l.page(), t.end());
                if (c < 0) {
                    problems.accept(l, "figure piece " + t.text() + " fits no column");
                    continue;
                }
                cur.add(c, t.text(), l);
            }
        }
        finish(table, cur, block.get(block.size() - 1));
    }

    /** A row being assembled from pieces. */
    private static final class Piecewise {
        final Row row;
        final StringBuilder[] pieces;
        final int[] lineOf;
        boolean broken;

        Piecewise(int n) {
            row = new Row(n);
            pieces = new StringBuilder[n];
            lineOf = new int[n];
        }

        boolean complete(int c) {
            return pieces[c] != null && Regex.matches(pieces[c].toString(), ".*\\d\\.\\d\\d");
        }

        /** Some figure started, and every started figure is complete or only a sign so far. */
        boolean settled() {
            boolean any = false;
            for (int c = 0; c < pieces.length; c++) {
                if (pieces[c] == null) continue;
                String p = pieces[c].toString();
                if (p.equals("-")) continue;
                if (!complete(c)) return false;
                any = true;
            }
            return any;
        }

        void moveSignsTo(Piecewise next) {
            for (int c = 0; c < pieces.length; c++) {
                if (pieces[c] != null && pieces[c].toString().equals("-")) {
                    next.pieces[c] = pieces[c];
                    next.lineOf[c] = lineOf[c];
                    pieces[c] = null;
                }
            }
        }

        void add(int c, String text, LayoutLine l) {
            if (pieces[c] == null) {
                pieces[c] = new StringBuilder();
                lineOf[c] = l.lineNo();
                row.touch(l.lineNo(), l.page());
            }
            pieces[c].append(text);
        }
    }

    private void finish(Table table, Piecewise p, LayoutLine at) {
        Row row = p.row;
        if (row.indent < 0) row.indent = 0;
        if (p.broken) {
            // Part of the row sits on a squeezed page: keep none of it rather than a half.
            problems.accept(at, "row not read: " + labelText(row) + " continues on a page whose columns cannot be placed");
            row.broken = true;
            table.rows.add(row);
            return;
        }
        // Join each column's pieces once; a lone dash is nil. Every figure must be well formed, or
        // none of the row is kept.
        java.util.Map<Integer, String> figures = new java.util.TreeMap<>();
        for (int c = 0; c < p.pieces.length; c++) {
            if (p.pieces[c] == null) continue;
            String s = p.pieces[c].toString().replace('−', '-');
            if (s.equals("-") || s.equals("–") || s.equals("—")) continue;
            if (!WELL_FORMED.matcher(s).matches() || !Regex.matches(s, ".*\\.\\d\\d")) {
                problems.accept(at, "figure broken over lines could not be rebuilt: '" + s + "' (" + labelText(row) + ", column "
                        + (table.columnLabels.get(c).isEmpty() ? String.valueOf(c + 1) : table.columnLabels.get(c)) + "); row not read");
                row.broken = true;
            }
            figures.put(c, s);
        }
        if (row.broken) {
            table.rows.add(row);
            return;
        }
        for (java.util.Map.Entry<Integer, String> f : figures.entrySet()) {
            int c = f.getKey();
            row.cells[c] = new Row.Cell(new BigDecimal(f.getValue().replace(",", "")), 2, false, p.lineOf[c], 0, 0);
            row.hasFigures = true;
        }
        if (row.hasFigures || !row.labelParts.isEmpty()) table.rows.add(row);
    }

    private static String labelText(Row r) {
        String l = r.label();
        return l.isEmpty() ? "unlabelled row" : l;
    }
}

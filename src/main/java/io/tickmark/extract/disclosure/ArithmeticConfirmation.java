package io.tickmark.extract.disclosure;

import io.tickmark.extract.disclosure.FigureTable.Cell;
import io.tickmark.extract.disclosure.FigureTable.Column;
import io.tickmark.extract.disclosure.FigureTable.Row;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which cells of a damaged row were read correctly: a cell fitted or rejoined from OCR
 * pieces is kept only when an arithmetic identity of its table holds with it: the column's total
 * equals the sum of its parts, the total share equals the sum of the shares, or a share equals its
 * amount over the column total. An identity confirms all of its cells together; a cell no holding
 * identity confirms is removed and named as unreadable. Clean cells need no confirmation.
 *
 * <p>This is extraction, not judgement: it decides what was read. A damaged table therefore cannot
 * produce a failed check on a cell it could not confirm; its unreadable part is reported instead.
 */
final class ArithmeticConfirmation {
    private static final MathContext MC = MathContext.DECIMAL64;

    private ArithmeticConfirmation() {}

    static void confirm(FigureTable t) {
        if (!t.damaged) return;
        choose(t);
        identities(t);
        for (Row row : t.rows) {
            if (row.readings.isEmpty()) continue;
            FigureTable.Reading chosen = row.readings.get(row.chosen);
            if (!chosen.lost().isEmpty() || !chosen.debris().isEmpty()) {
                row.problems.add((chosen.lost().isEmpty() ? "" : "lost: " + String.join(", ", chosen.lost()))
                        + (chosen.debris().isEmpty() ? "" : (chosen.lost().isEmpty() ? "" : "; ") + "unreadable: '" + String.join(" ", chosen.debris()) + "'"));
            }
        }
        drop(t);
    }

    /**
     * Where a damaged row can be read in several equally good ways, the reading under which the
     * table's arithmetic confirms the most cells is kept (rows improved one at a time until none
     * changes); ties keep the first.
     */
    private static void choose(FigureTable t) {
        boolean changed = true;
        for (int pass = 0; pass < 3 && changed; pass++) {
            changed = false;
            for (Row row : t.rows) {
                if (row.readings.size() < 2) continue;
                int best = row.chosen;
                int bestScore = -1;
                for (int k = 0; k < row.readings.size(); k++) {
                    row.cells = row.readings.get(k).fresh();
                    int score = score(t);
                    if (score > bestScore) {
                        bestScore = score;
                        best = k;
                    }
                }
                if (best != row.chosen) changed = true;
                row.chosen = best;
                row.cells = row.readings.get(best).fresh();
            }
        }
        for (Row row : t.rows) if (!row.readings.isEmpty()) row.cells = row.readings.get(row.chosen).fresh();
    }

    private static int score(FigureTable t) {
        identities(t);
        int n = 0;
        for (Row r : t.rows) {
            for (Cell c : r.cells) {
                if (c == null) continue;
                if (c.suspect && c.confirmed) n++;
                c.confirmed = false;
                c.note = null;
            }
        }
        return n;
    }

    private static void identities(FigureTable t) {
        for (int c = 0; c < t.columns.size(); c++) {
            for (int r = 0; r < t.rows.size(); r++) {
                Row total = t.rows.get(r);
                if (!total.total) continue;
                List<Row> parts = partsOf(t, r);
                footing(total, parts, c, t.columns.get(c).percent());
                if (!t.columns.get(c).percent()) continue;
                int amountCol = amountColumnFor(t, c);
                if (amountCol < 0) continue;
                for (Row p : parts) ratio(p, total, c, amountCol);
            }
        }
    }

    private static void drop(FigureTable t) {
        for (Row row : t.rows) {
            List<String> dropped = new ArrayList<>();
            for (int c = 0; c < row.cells.length; c++) {
                Cell cell = row.cells[c];
                if (cell == null || !cell.suspect || cell.confirmed) continue;
                Column col = t.columns.get(c);
                String what = col.percent() || col.caption().equals("amount") || col.caption().equals("%") ? col.caption() : col.caption() + " amount";
                dropped.add(what + " '" + cell.raw + "'" + (cell.note == null ? "" : " (" + cell.note + ")"));
                row.cells[c] = null;
            }
            if (!dropped.isEmpty()) row.problems.add("not confirmed by the table's arithmetic, not used: " + String.join(", ", dropped));
        }
    }

    /** The rows a total adds up: those since the previous total, share rows and sections excluded. */
    static List<Row> partsOf(FigureTable t, int totalRow) {
        List<Row> parts = new ArrayList<>();
        for (int r = t.totalRow(totalRow) + 1; r < totalRow; r++) {
            Row p = t.rows.get(r);
            if (!p.shareRow && !p.total) parts.add(p);
        }
        return parts;
    }

    /** The amount column a percentage column belongs to: the one just before it for the same period. */
    static int amountColumnFor(FigureTable t, int percentCol) {
        int a = percentCol - 1;
        if (a < 0 || t.columns.get(a).percent()) return -1;
        Column p = t.columns.get(percentCol);
        Column amount = t.columns.get(a);
        return p.period() == null ? a : p.period().equals(amount.period()) ? a : -1;
    }

    private static void footing(Row total, List<Row> parts, int c, boolean percent) {
        Cell tc = total.cells[c];
        if (tc == null || !tc.hasValue() || parts.isEmpty()) return;
        List<Cell> cells = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal half = BigDecimal.ZERO;
        for (Row p : parts) {
            Cell pc = p.cells[c];
            if (pc == null) return;
            cells.add(pc);
            if (pc.hasValue()) sum = sum.add(pc.atom.value());
            half = half.add(halfUnit(pc));
        }
        if (!cells.stream().anyMatch(x -> x.suspect) && !tc.suspect) return;
        BigDecimal tol = percent ? half : half.add(halfUnit(tc));
        if (tc.atom.value().subtract(sum).abs().compareTo(tol) <= 0) {
            tc.confirmed = true;
            for (Cell x : cells) x.confirmed = true;
        } else if (tc.suspect && cells.stream().noneMatch(x -> x.suspect)) {
            tc.note = "read as " + tc.atom.value().toPlainString() + ", but the " + cells.size() + " rows above sum to " + sum.toPlainString();
        }
    }

    private static void ratio(Row part, Row total, int shareCol, int amountCol) {
        Cell s = part.cells[shareCol];
        Cell a = part.cells[amountCol];
        Cell b = total.cells[amountCol];
        if (s == null || a == null || b == null || !s.hasValue() || !a.hasValue() || !b.hasValue()) return;
        if (!s.suspect && !a.suspect && !b.suspect) return;
        if (b.atom.value().signum() == 0) return;
        BigDecimal r = a.atom.value().multiply(BigDecimal.valueOf(100)).divide(b.atom.value(), MC);
        BigDecimal tol = halfUnit(s).add(r.abs().multiply(halfUnit(a).divide(a.atom.value().abs().max(BigDecimal.ONE), MC)
                .add(halfUnit(b).divide(b.atom.value().abs(), MC))));
        if (s.atom.value().subtract(r).abs().compareTo(tol) <= 0) {
            s.confirmed = true;
            a.confirmed = true;
            b.confirmed = true;
        }
    }

    private static BigDecimal halfUnit(Cell c) {
        return BigDecimal.ONE.movePointLeft(c.atom.decimals()).divide(BigDecimal.valueOf(2));
    }
}

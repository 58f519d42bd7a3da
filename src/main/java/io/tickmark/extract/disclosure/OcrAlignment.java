package io.tickmark.extract.disclosure;

import io.tickmark.util.Regex;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits the numeric pieces of a damaged row to the columns the table has (amount, percentage per
 * period), in order. A column may be lost (no piece for it), a piece may be debris (fits nowhere),
 * and consecutive pieces may be one figure split by spaces or tabs ("518" ",835" → 518,835). The fit
 * with the fewest lost columns and dropped pieces wins. Rejoined and fitted cells are only
 * candidates: {@link ArithmeticConfirmation} decides which the table's arithmetic confirms.
 */
final class OcrAlignment {
    /** What a column holds: a whole amount or a percentage, with the decimals the table shows. */
    record ColumnType(boolean percent, int decimals, boolean bounded) {
        ColumnType(boolean percent, int decimals) { this(percent, decimals, false); }
    }

    /** The piece(s) fitted to a column, or a lost column (atom null, raw null). */
    record Fit(Atoms.Atom atom, String raw, boolean rejoined) {}

    private static final double LOST = 1.0;
    private static final double DEBRIS = 1.0;
    private static final double JOIN = 0.25;

    private OcrAlignment() {}

    static boolean fits(Atoms.Atom a, ColumnType t) {
        if (a == null) return false;
        if (a.nil()) return true;
        if (t.percent()) {
            // A share of a total is at most 100; other percentages (growth, retention) may exceed it.
            java.math.BigDecimal max = java.math.BigDecimal.valueOf(t.bounded() ? 100 : 1000);
            return a.decimals() == t.decimals() && a.value().abs().compareTo(max) <= 0 && (a.percent() || !a.grouped());
        }
        if (a.percent() || a.decimals() != t.decimals()) return false;
        // A whole amount of four digits or more is written with thousands separators in these tables.
        String digits = Regex.replaceAll(a.raw(), "[^0-9]", "");
        return a.grouped() || digits.length() <= 3;
    }

    /**
     * Every fit of least cost (up to {@code limit}): when pieces can sit in more than one place
     * equally well, the table's arithmetic, not the order of a search, decides between them.
     */
    static List<Fit[]> alignments(List<String> pieces, List<ColumnType> columns, int limit) {
        int m = pieces.size();
        int k = columns.size();
        double[][] cost = new double[m + 1][k + 1];
        for (double[] row : cost) java.util.Arrays.fill(row, Double.MAX_VALUE);
        cost[0][0] = 0;
        for (int i = 0; i <= m; i++) {
            for (int j = 0; j <= k; j++) {
                double c = cost[i][j];
                if (c == Double.MAX_VALUE) continue;
                if (j < k) relax(cost, i, j + 1, c + LOST);
                if (i < m) relax(cost, i + 1, j, c + DEBRIS);
                for (int t = 1; t <= 3 && i + t <= m && j < k; t++) {
                    if (rejoin(pieces.subList(i, i + t), columns.get(j)) != null) relax(cost, i + t, j + 1, c + JOIN * (t - 1));
                }
            }
        }
        List<Fit[]> out = new ArrayList<>();
        back(pieces, columns, cost, m, k, new Fit[k], out, limit);
        return out;
    }

    /** Walks back every optimal path from (i, j), filling fits right to left. */
    private static void back(List<String> pieces, List<ColumnType> columns, double[][] cost, int i, int j, Fit[] fits,
                             List<Fit[]> out, int limit) {
        if (out.size() >= limit) return;
        if (i == 0 && j == 0) {
            out.add(fits.clone());
            return;
        }
        double c = cost[i][j];
        if (j > 0 && same(cost[i][j - 1] + LOST, c)) {
            fits[j - 1] = new Fit(null, null, false);
            back(pieces, columns, cost, i, j - 1, fits, out, limit);
        }
        if (i > 0 && same(cost[i - 1][j] + DEBRIS, c)) back(pieces, columns, cost, i - 1, j, fits, out, limit);
        for (int t = 1; t <= 3 && i - t >= 0 && j > 0; t++) {
            Atoms.Atom a = rejoin(pieces.subList(i - t, i), columns.get(j - 1));
            if (a != null && same(cost[i - t][j - 1] + JOIN * (t - 1), c)) {
                fits[j - 1] = new Fit(a, String.join(" ", pieces.subList(i - t, i)), t > 1);
                back(pieces, columns, cost, i - t, j - 1, fits, out, limit);
            }
        }
    }

    private static boolean same(double a, double b) {
        return a < Double.MAX_VALUE / 2 && Math.abs(a - b) < 1e-9;
    }

    /** Pieces of the row that no column took: debris, reported with the row. */
    static List<String> debris(List<String> pieces, Fit[] fits) {
        List<String> used = new ArrayList<>();
        for (Fit f : fits) if (f.raw() != null) used.addAll(List.of(f.raw().split(" ")));
        List<String> left = new ArrayList<>(pieces);
        for (String u : used) left.remove(u);
        return left;
    }

    private static void relax(double[][] cost, int i, int j, double c) {
        if (c < cost[i][j] - 1e-9) cost[i][j] = c;
    }

    /**
     * The figure that pieces split by spaces make when put back together, if it fits the column:
     * written together ("518" ",835"; "1" "00.0") or with the thousands separator the split lost
     * ("277" "208" → 277,208). Null when no joining fits.
     */
    static Atoms.Atom rejoin(List<String> pieces, ColumnType type) {
        // A piece that is a whole figure of the column on its own is not the tail of a split one
        // ("5," "150,000" is debris and a figure, not 5,150,000), unless it is a bare group of three
        // digits, which is how a lost thousands separator splits a figure ("277 208").
        for (int x = 1; x < pieces.size(); x++) {
            String p = pieces.get(x);
            if (fits(Atoms.parse(p), type) && !Regex.matches(p, "\\d{3}")) return null;
        }
        StringBuilder plain = new StringBuilder();
        StringBuilder grouped = new StringBuilder();
        for (int x = 0; x < pieces.size(); x++) {
            String p = pieces.get(x);
            plain.append(p);
            if (x > 0 && Regex.matches(p, "\\d{3}(\\.\\d+)?%?") && grouped.length() > 0 && Character.isDigit(grouped.charAt(grouped.length() - 1))) grouped.append(',');
            grouped.append(p);
        }
        Atoms.Atom a = Atoms.parse(plain.toString());
        if (fits(a, type)) return a;
        Atoms.Atom b = Atoms.parse(grouped.toString());
        return fits(b, type) ? b : null;
    }
}

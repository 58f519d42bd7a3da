package io.tickmark.extract.table;

import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.layout.Token;
import io.tickmark.extract.layout.TokenType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Table columns from the right edges of figures. Positions are stable within a page, not across
 * pages (layout text re-derives character columns per block), so edges are clustered per page and
 * each page's clusters are mapped onto the table's columns by order, or by the shift that best
 * aligns them when a page shows fewer columns.
 */
final class ColumnModel {
    private static final int GAP = 3;
    /** Figures whose right edges on the page lie this close (points) are aligned in one column. */
    private static final float SAME_EDGE_POINTS = 1.5f;
    private final Map<Integer, Integer> clusterCounts = new TreeMap<>();

    /** Table column positions (edges) from the page that shows the most columns. */
    final int[] edges;
    /** Per page: cluster edge -> table column. */
    private final Map<Integer, TreeMap<Integer, Integer>> pageMaps = new TreeMap<>();
    /** Per page: where a column's figures end on the page (points) -> table column; PDF lines only. */
    private final Map<Integer, TreeMap<Float, Integer>> pointMaps = new TreeMap<>();
    /** Per page: table column -> where its figures end there most often (characters). */
    private final Map<Integer, TreeMap<Integer, Integer>> pageColumns = new TreeMap<>();

    private ColumnModel(int[] edges) {
        this.edges = edges;
    }

    /**
     * @param rowLines the table's lines with figures
     * @param header   its caption lines above them: a caption over figures tells a column of its own
     * @param newCaptions line numbers of caption lines among the figures that repeat none above them:
     *                 a table of its own starts there
     */
    static ColumnModel build(List<LayoutLine> rowLines, List<LayoutLine> header, List<Integer> newCaptions) {
        Map<Integer, List<int[]>> captions = new TreeMap<>();
        for (LayoutLine l : header) {
            for (Token t : l.tokens()) captions.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(new int[]{t.start(), t.end()});
        }
        Map<Integer, List<Edge>> byPage = new TreeMap<>();
        for (LayoutLine l : rowLines) {
            for (Token t : l.trailingFigures()) {
                float points = l.box() == null || !l.box().upright() ? Float.NaN : l.box().right(t.start(), t.edge());
                byPage.computeIfAbsent(l.page(), k -> new ArrayList<>())
                        .add(new Edge(t.edge(), points, l.lineNo(), t.edge() - t.start(), t.type() == TokenType.PERCENT));
            }
        }
        return build(byPage, GAP, false, captions, newCaptions);
    }

    /** Columns from the right edges of figures (or figure fragments), grouped by page. */
    static ColumnModel fromEdges(Map<Integer, List<Integer>> byPage) {
        return fromEdges(byPage, GAP, false);
    }

    /**
     * @param gap       largest distance between edges of one column
     * @param firstPage take the columns from the first page (where the header is) rather than from
     *                  the page that shows the most
     */
    static ColumnModel fromEdges(Map<Integer, List<Integer>> byPage, int gap, boolean firstPage) {
        Map<Integer, List<Edge>> edges = new TreeMap<>();
        for (Map.Entry<Integer, List<Integer>> e : byPage.entrySet()) {
            List<Edge> l = new ArrayList<>();
            for (int x : e.getValue()) l.add(new Edge(x, Float.NaN, -1, 0, false));
            edges.put(e.getKey(), l);
        }
        return build(edges, gap, firstPage, Map.of(), List.of());
    }

    private static ColumnModel build(Map<Integer, List<Edge>> byPage, int gap, boolean firstPage,
                                     Map<Integer, List<int[]>> captions, List<Integer> newCaptions) {
        Map<Integer, List<Cluster>> clusters = new TreeMap<>();
        int[] ref = null;
        for (Map.Entry<Integer, List<Edge>> e : byPage.entrySet()) {
            List<Cluster> c = cluster(e.getValue(), gap, captions.getOrDefault(e.getKey(), List.of()), newCaptions);
            clusters.put(e.getKey(), c);
            int[] centres = centres(c);
            if (ref == null || !firstPage && centres.length > ref.length) ref = centres;
        }
        if (ref == null) ref = new int[0];
        ColumnModel m = new ColumnModel(ref);
        for (Map.Entry<Integer, List<Cluster>> e : clusters.entrySet()) m.clusterCounts.put(e.getKey(), e.getValue().size());
        for (Map.Entry<Integer, List<Cluster>> e : clusters.entrySet()) {
            List<Cluster> c = e.getValue();
            TreeMap<Integer, Integer> byCentre = m.align(centres(c));
            // every character position a column's figures were laid at maps to that column
            TreeMap<Integer, Integer> map = new TreeMap<>();
            TreeMap<Float, Integer> points = new TreeMap<>();
            TreeMap<Integer, Integer> shown = new TreeMap<>();
            for (Cluster column : c) {
                Integer col = byCentre.get(column.centres()[0]);
                shown.putIfAbsent(col, column.centres()[0]);
                for (int x : column.centres()) map.put(x, col);
                if (!Float.isNaN(column.points())) points.put(column.points(), col);
            }
            m.pageMaps.put(e.getKey(), map);
            m.pointMaps.put(e.getKey(), points);
            m.pageColumns.put(e.getKey(), shown);
        }
        return m;
    }

    /**
     * A figure's right edge: its character column, and in points where the line came from a PDF (else
     * NaN); the line it is on (-1: not known), its width in characters and whether it is a percentage.
     */
    private record Edge(int chars, float points, int line, int width, boolean percent) {}

    /** A column on one page: its centre and the other character positions its figures were laid at, and where they end in points. */
    private record Cluster(int[] centres, float points) {}

    private static int[] centres(List<Cluster> columns) {
        return columns.stream().mapToInt(c -> c.centres()[0]).toArray();
    }

    int size() { return edges.length; }

    /** Whether a page shows every column of the table, so its positions can be trusted as they are. */
    boolean pageComplete(int page) {
        return clusterCounts.getOrDefault(page, 0) >= edges.length;
    }

    /**
     * The table column of a figure token on a line, or -1: on a PDF line, the column whose figures
     * end where it ends on the page; else (or when none does) by its character position.
     */
    int columnOf(LayoutLine l, Token t) {
        TreeMap<Float, Integer> points = pointMaps.get(l.page());
        if (l.box() != null && points != null && !points.isEmpty() && l.box().upright()) {
            float x = l.box().right(t.start(), t.edge());
            if (!Float.isNaN(x)) {
                Float below = points.floorKey(x);
                Float above = points.ceilingKey(x);
                Float best = below == null ? above : above == null ? below : x - below <= above - x ? below : above;
                if (Math.abs(best - x) <= SAME_EDGE_POINTS) return points.get(best);
            }
        }
        return columnOfEdge(l.page(), t.edge());
    }

    /**
     * The table columns of a line's figures (-1: none), each by {@link #columnOf}, except on a line of
     * layout text whose figures that way collide, fall off the grid or change order while there is
     * one figure for every column the page shows: those are read into the columns in order. Text
     * extractors widen a line by its "$" signs, so a total line's figures drift right of the
     * columns above them ("$ 30  $ 29 ... $ 9" ending 1 to 12 characters right), further the more signs
     * come before. Read in order only when every figure drifts the same way by less than the distance
     * to the next column in that direction, or when the drift grows figure by figure from a first
     * figure near its column ({@link #accumulating}).
     */
    int[] columnsOf(LayoutLine l, List<Token> figs) {
        int[] nearest = new int[figs.size()];
        for (int i = 0; i < nearest.length; i++) nearest[i] = columnOf(l, figs.get(i));
        if (l.box() != null || inOrder(nearest)) return nearest;
        int[] drifted = drifted(l.page(), figs);
        return drifted == null ? nearest : drifted;
    }

    private static boolean inOrder(int[] columns) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] < 0 || i > 0 && columns[i] <= columns[i - 1]) return false;
        }
        return true;
    }

    private int[] drifted(int page, List<Token> figs) {
        TreeMap<Integer, Integer> shown = pageColumns.get(page);
        if (shown == null || shown.size() != figs.size() || figs.size() < 2) return null;
        int[] cols = new int[figs.size()];
        int[] at = new int[figs.size()];
        int k = 0;
        for (Map.Entry<Integer, Integer> e : shown.entrySet()) {
            cols[k] = e.getKey();
            at[k++] = e.getValue();
        }
        return withinNeighbours(figs, at) || accumulating(figs, at) ? cols : null;
    }

    /** Every figure drifts the same way, by less than the distance to the next column in that direction. */
    private static boolean withinNeighbours(List<Token> figs, int[] at) {
        boolean right = false;
        boolean left = false;
        for (int i = 0; i < at.length; i++) {
            int shift = figs.get(i).edge() - at[i];
            right |= shift > 2;
            left |= shift < -2;
            // the neighbour the figure drifts towards (or, past the last column, the one behind it)
            int towards = shift >= 0 ? (i + 1 < at.length ? at[i + 1] : 2 * at[i] - at[i - 1])
                    : (i > 0 ? at[i - 1] : 2 * at[i] - at[i + 1]);
            if (Math.abs(shift) >= Math.abs(towards - at[i])) return false;
        }
        return !(right && left);
    }

    /**
     * The drift grows from left to right, as each "$" before a figure adds to it: the first figure
     * within three characters of its column, and each next one drifted as far or a little further
     * (by less than half the distance between the two columns), so that the figures keep the
     * columns' order and spacing however far the last one ends up.
     */
    private static boolean accumulating(List<Token> figs, int[] at) {
        int previous = figs.get(0).edge() - at[0];
        if (Math.abs(previous) > 3) return false;
        for (int i = 1; i < at.length; i++) {
            int shift = figs.get(i).edge() - at[i];
            if (shift < previous - 1 || 2 * (shift - previous) >= at[i] - at[i - 1]) return false;
            previous = shift;
        }
        return true;
    }

    int columnOfEdge(int page, int edge) {
        TreeMap<Integer, Integer> map = pageMaps.get(page);
        if (map == null || map.isEmpty()) return -1;
        Integer best = null;
        for (Integer e : map.keySet()) {
            if (best == null || Math.abs(e - edge) < Math.abs(best - edge)) best = e;
        }
        return Math.abs(best - edge) <= 8 ? map.get(best) : -1;
    }

    /** Cluster centre nearest an x position in reference coordinates (for headers on the reference page). */
    int nearestColumn(int x) {
        int best = -1;
        for (int i = 0; i < edges.length; i++) if (best < 0 || Math.abs(edges[i] - x) < Math.abs(edges[best] - x)) best = i;
        return best;
    }

    /**
     * Clusters figure edges into columns: per column its centre, then the centres of the runs of
     * character positions it was laid at. A cluster that only one figure supports, on a page with
     * many figures, is a stray number (a "($7)" wrapped out of a label), not a column.
     * <p>
     * Character positions of a PDF line come from where each word starts, so right-aligned figures
     * of different widths can end a few characters apart ("2" under "10,741"): neighbouring runs
     * whose figures end at the same point on the page are one column.
     */
    private static List<Cluster> cluster(List<Edge> values, int gap, List<int[]> captions, List<Integer> newCaptions) {
        List<Edge> v = new ArrayList<>(values);
        v.sort((a, b) -> Integer.compare(a.chars(), b.chars()));
        List<List<Edge>> groups = new ArrayList<>();
        List<Edge> current = new ArrayList<>();
        for (Edge x : v) {
            if (!current.isEmpty() && x.chars() - current.get(current.size() - 1).chars() > gap) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(x);
        }
        if (!current.isEmpty()) groups.add(current);
        // runs aligned on the page: merged, each keeping its own centre
        List<List<List<Edge>>> columns = new ArrayList<>();
        for (List<Edge> g : groups) {
            if (!columns.isEmpty()) {
                List<List<Edge>> last = columns.get(columns.size() - 1);
                float a = medianPoints(last.get(last.size() - 1));
                float b = medianPoints(g);
                if (!Float.isNaN(a) && !Float.isNaN(b) && Math.abs(a - b) <= SAME_EDGE_POINTS) {
                    last.add(g);
                    continue;
                }
            }
            if (!columns.isEmpty() && laidApart(columns.get(columns.size() - 1), g, captions, newCaptions)) {
                columns.get(columns.size() - 1).add(g);
                continue;
            }
            List<List<Edge>> column = new ArrayList<>();
            column.add(g);
            columns.add(column);
        }
        boolean many = v.size() >= 12;
        List<Cluster> out = new ArrayList<>();
        for (List<List<Edge>> column : columns) {
            int size = column.stream().mapToInt(List::size).sum();
            if (many && size < 2 && !captionedPercent(column.get(0).get(0), captions)) continue;
            List<Edge> largest = column.get(0);
            for (List<Edge> g : column) if (g.size() > largest.size()) largest = g;
            int[] centres = new int[column.size()];
            centres[0] = largest.get(largest.size() / 2).chars();
            int k = 1;
            for (List<Edge> g : column) if (g != largest) centres[k++] = g.get(g.size() / 2).chars();
            List<Edge> all = new ArrayList<>();
            column.forEach(all::addAll);
            out.add(new Cluster(centres, medianPoints(all)));
        }
        return out;
    }

    /**
     * A percentage alone in its column under a caption of its own: the change a total line states
     * ("(229)%" under "Change", on the line of totals only), a column of the table, not a stray
     * number wrapped out of a label (which has no caption over it, and is rarely a percentage).
     */
    private static boolean captionedPercent(Edge figure, List<int[]> captions) {
        if (!figure.percent()) return false;
        for (int[] caption : captions) {
            if (caption[0] - 2 <= figure.chars() && figure.chars() <= caption[1] + 3) return true;
        }
        return false;
    }

    /** Farthest apart (characters) one column's figures are laid in layout text. */
    private static final int LAID_APART = 5;

    /**
     * The run {@code next} holds figures of the column laid a few characters off the rest of it. Text extractors place each word by where it starts, on a
     * character grid, so one column's figures do not end in one character column: right-aligned
     * figures of a proportional font end by their width ("2" four characters right of "10,741"), and
     * two tables stacked under one heading are each laid out on their own (the lower one's columns two
     * to five characters left of the upper one's). Such a run is that column when it lies within
     * {@link #LAID_APART} characters of it, no line has figures in both (the run fills rows the
     * column leaves empty), no caption of its own sits over it, and either its figures are narrower
     * than the column's widest (layout text only) or the two hold separate blocks of lines with no
     * caption line of their own between them. Two columns of a table are not set that close, and
     * their figures share lines.
     */
    private static boolean laidApart(List<List<Edge>> column, List<Edge> next, List<int[]> captions, List<Integer> newCaptions) {
        List<Edge> last = column.get(column.size() - 1);
        int columnEnd = last.get(last.size() - 1).chars();
        int runEnd = next.get(next.size() - 1).chars();
        if (next.get(0).chars() - columnEnd > LAID_APART) return false;
        if (ownCaption(columnEnd, runEnd, captions)) return false;
        java.util.Set<Integer> lines = new java.util.HashSet<>();
        int widest = 0;
        int firstLine = Integer.MAX_VALUE;
        int lastLine = Integer.MIN_VALUE;
        boolean placed = false; // lines from a PDF: where figures end on the page is known
        for (List<Edge> g : column) {
            for (Edge e : g) {
                if (e.line() < 0) return false;
                placed |= !Float.isNaN(e.points());
                lines.add(e.line());
                widest = Math.max(widest, e.width());
                firstLine = Math.min(firstLine, e.line());
                lastLine = Math.max(lastLine, e.line());
            }
        }
        boolean narrower = true;
        boolean above = true;
        boolean below = true;
        int runFirst = Integer.MAX_VALUE;
        int runLast = Integer.MIN_VALUE;
        for (Edge e : next) {
            runFirst = Math.min(runFirst, e.line());
            runLast = Math.max(runLast, e.line());
            if (e.line() < 0 || lines.contains(e.line())) return false;
            placed |= !Float.isNaN(e.points());
            narrower &= e.width() < widest;
            above &= e.line() < firstLine;
            below &= e.line() > lastLine;
        }
        // blocks under captions of their own are tables of their own ("December 31, 2020" under a
        // table of years): their columns are not the ones above
        for (int b : newCaptions) {
            if (below && lastLine < b && b < runFirst || above && runLast < b && b < firstLine) return !placed && narrower;
        }
        // on a PDF's lines a narrow figure ends where the column's other figures do (merged by points
        // above); a table stacked under another can still be set a little apart on the page
        return !placed && narrower || above || below;
    }

    /**
     * Whether a caption starts over the run (right of the column's end, by the run's) while another
     * caption sits over the column: "Total   Other", each over its own figures.
     */
    private static boolean ownCaption(int columnEnd, int runEnd, List<int[]> captions) {
        for (int[] over : captions) {
            if (over[0] <= columnEnd || over[0] > runEnd) continue;
            for (int[] other : captions) {
                if (other != over && other[0] <= columnEnd + 1 && other[1] >= columnEnd - 2) return true;
            }
        }
        return false;
    }

    private static float medianPoints(List<Edge> g) {
        List<Float> p = new ArrayList<>();
        for (Edge e : g) if (!Float.isNaN(e.points())) p.add(e.points());
        if (p.size() < g.size()) return Float.NaN;
        p.sort(Float::compare);
        return p.get(p.size() / 2);
    }

    /** Maps a page's clusters onto table columns, keeping order. */
    private TreeMap<Integer, Integer> align(int[] page) {
        TreeMap<Integer, Integer> map = new TreeMap<>();
        if (page.length == edges.length) {
            for (int i = 0; i < page.length; i++) map.put(page[i], i);
            return map;
        }
        // Fewer columns on this page: try each shift that puts one page cluster on one table column,
        // and keep the one with the least total distance (ties: the smallest shift).
        long bestCost = Long.MAX_VALUE;
        int bestShift = 0;
        for (int p : page) {
            for (int r : edges) {
                int shift = r - p;
                long cost = 0;
                for (int q : page) cost += Math.abs(edges[nearest(q + shift)] - (q + shift));
                if (cost < bestCost || cost == bestCost && Math.abs(shift) < Math.abs(bestShift)) {
                    bestCost = cost;
                    bestShift = shift;
                }
            }
        }
        for (int q : page) map.put(q, nearest(q + bestShift));
        return map;
    }

    private int nearest(int x) {
        return nearestColumn(x);
    }
}

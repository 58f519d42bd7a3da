package io.tickmark.extract.table;

import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.layout.Token;

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
    private final Map<Integer, Integer> clusterCounts = new TreeMap<>();

    /** Table column positions (edges) from the page that shows the most columns. */
    final int[] edges;
    /** Per page: cluster edge -> table column. */
    private final Map<Integer, TreeMap<Integer, Integer>> pageMaps = new TreeMap<>();

    private ColumnModel(int[] edges) {
        this.edges = edges;
    }

    static ColumnModel build(List<LayoutLine> rowLines) {
        Map<Integer, List<Integer>> byPage = new TreeMap<>();
        for (LayoutLine l : rowLines) {
            for (Token t : l.trailingFigures()) byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(t.edge());
        }
        return fromEdges(byPage);
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
        Map<Integer, int[]> clusters = new TreeMap<>();
        int[] ref = null;
        for (Map.Entry<Integer, List<Integer>> e : byPage.entrySet()) {
            int[] c = cluster(e.getValue(), gap);
            clusters.put(e.getKey(), c);
            if (ref == null || !firstPage && c.length > ref.length) ref = c;
        }
        if (ref == null) ref = new int[0];
        ColumnModel m = new ColumnModel(ref);
        for (Map.Entry<Integer, int[]> e : clusters.entrySet()) m.clusterCounts.put(e.getKey(), e.getValue().length);
        for (Map.Entry<Integer, int[]> e : clusters.entrySet()) m.pageMaps.put(e.getKey(), m.align(e.getValue()));
        return m;
    }

    int size() { return edges.length; }

    /** Whether a page shows every column of the table, so its positions can be trusted as they are. */
    boolean pageComplete(int page) {
        return clusterCounts.getOrDefault(page, 0) >= edges.length;
    }

    /** The table column of a figure token on a page, or -1. */
    int columnOf(int page, Token t) {
        return columnOfEdge(page, t.edge());
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
     * Clusters figure edges into columns. A cluster that only one figure supports, on a page with
     * many figures, is a stray number (a "($7)" wrapped out of a label), not a column.
     */
    private static int[] cluster(List<Integer> values, int gap) {
        List<Integer> v = new ArrayList<>(values);
        v.sort(Integer::compare);
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int x : v) {
            if (!current.isEmpty() && x - current.get(current.size() - 1) > gap) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(x);
        }
        if (!current.isEmpty()) groups.add(current);
        boolean many = v.size() >= 12;
        List<Integer> centres = new ArrayList<>();
        for (List<Integer> g : groups) if (!many || g.size() >= 2) centres.add(g.get(g.size() / 2));
        return centres.stream().mapToInt(Integer::intValue).toArray();
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

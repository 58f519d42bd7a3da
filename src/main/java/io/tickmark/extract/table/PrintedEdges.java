package io.tickmark.extract.table;

import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.layout.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures printed on one right edge belong to one column. A line read from a PDF keeps the box of
 * every character, and the character columns it is laid out in may drift between blocks of the page
 * (a row whose "$" signs, dashes or narrow figures were set as blocks of their own is spread wider
 * or narrower than the rows around it), so two figures ending at the same x on the page can end at
 * character columns several apart, and the column model would take them for two columns. Here the
 * figures of a table whose last digits end at the same x on one page are given one edge: the one
 * most of them have. Figures at different x keep their edges; lines without boxes (layout text)
 * and lines that do not run along the page's x axis (a page rotated for display) are left as they are.
 */
final class PrintedEdges {
    /** Largest distance, in points, between the right edges of figures printed on one edge. */
    static final double TOLERANCE = 1.0;

    private PrintedEdges() {}

    /** A figure of a line: the line's index, the token and the x where its last digit ends. */
    private record Placed(int line, Token token, double x) {}

    static List<LayoutLine> align(List<LayoutLine> lines) {
        Map<Integer, List<Placed>> byPage = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            if (l.box() == null || !l.box().upright()) continue;
            for (Token t : l.trailingFigures()) {
                double x = l.box().right(t.edge() - 1, t.edge());
                if (!Double.isNaN(x)) byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(new Placed(i, t, x));
            }
        }
        Map<Token, Integer> moved = new IdentityHashMap<>();
        for (List<Placed> page : byPage.values()) {
            page.sort((a, b) -> Double.compare(a.x(), b.x()));
            int from = 0;
            for (int k = 1; k <= page.size(); k++) {
                if (k < page.size() && page.get(k).x() - page.get(k - 1).x() <= TOLERANCE) continue;
                unify(page.subList(from, k), moved);
                from = k;
            }
        }
        if (moved.isEmpty()) return lines;
        List<LayoutLine> out = new ArrayList<>(lines.size());
        for (LayoutLine l : lines) {
            List<Token> tokens = null;
            for (int k = 0; k < l.tokens().size(); k++) {
                Token t = l.tokens().get(k);
                Integer edge = moved.get(t);
                if (edge == null) continue;
                if (tokens == null) tokens = new ArrayList<>(l.tokens());
                tokens.set(k, new Token(t.text(), t.start(), t.end(), t.type(), t.value(), t.decimals(), edge));
            }
            out.add(tokens == null ? l : new LayoutLine(l.page(), l.lineNo(), l.text(), List.copyOf(tokens), l.box()));
        }
        return out;
    }

    /** Gives the figures of one printed edge the edge most of them have (of equals, the leftmost). */
    private static void unify(List<Placed> group, Map<Token, Integer> moved) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Placed p : group) counts.merge(p.token().edge(), 1, Integer::sum);
        if (counts.size() < 2) return;
        int best = Integer.MAX_VALUE;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() < best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        for (Placed p : group) if (p.token().edge() != best) moved.put(p.token(), best);
    }
}

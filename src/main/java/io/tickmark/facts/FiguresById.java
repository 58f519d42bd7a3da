package io.tickmark.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures that other facts name by id (a stated share's numerator and base), by id: a grouping,
 * like a relation, that DIS-D04 takes a share's figures from. It decides nothing.
 *
 * <p>Only the named figures are held, so the grouping is as small as the facts that name them; bound by
 * a join on {@code id}, every figure of the document sat in two beta memories of DIS-D04 (a right
 * tuple each, whether or not the document states a share).
 */
public final class FiguresById {
    private final Map<String, List<Figure>> byId;

    private FiguresById(Map<String, List<Figure>> byId) {
        this.byId = byId;
    }

    /** The figures whose id is {@code id}, in extraction order (ids are unique in a reading, so one or none). */
    public List<Figure> withId(String id) { return byId.getOrDefault(id, List.of()); }

    /**
     * The figures among {@code figures} that the stated shares among {@code facts} name; none when no
     * share names a figure that was read.
     */
    public static List<FiguresById> of(Collection<Figure> figures, Collection<?> facts) {
        Set<String> named = new HashSet<>();
        for (Object o : facts) {
            if (o instanceof StatedShare s) {
                if (s.getNumeratorId() != null) named.add(s.getNumeratorId());
                if (s.getBaseId() != null) named.add(s.getBaseId());
            }
        }
        if (named.isEmpty()) return List.of();
        Map<String, List<Figure>> byId = new HashMap<>();
        for (Figure f : figures) if (named.contains(f.getId())) byId.computeIfAbsent(f.getId(), k -> new ArrayList<>(1)).add(f);
        if (byId.isEmpty()) return List.of();
        byId.replaceAll((k, v) -> List.copyOf(v));
        return List.of(new FiguresById(byId));
    }

    @Override public String toString() { return "figures named by id (" + byId.size() + ")"; }
}

package io.tickmark.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The names nearest a misspelt one ("--fromat" for "--format"): picocli suggests an option only by its
 * first two letters, so a transposition or a dropped letter early in the name found nothing. Distance
 * is the optimal-string-alignment edit distance (insert, delete, substitute, swap two neighbours); a
 * name is near when it is at most two edits away and the edits are under half its length.
 */
final class NearestNames {
    private static final int MAX_EDITS = 2;

    private NearestNames() {}

    /** The names nearest {@code typed}, closest first (ties in the given order); empty when none is near. */
    static List<String> of(String typed, Collection<String> names) {
        List<String> near = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (String name : names) {
            int d = distance(typed, name);
            if (d > MAX_EDITS || 2 * d >= name.length()) continue;
            if (d < best) {
                best = d;
                near.clear();
            }
            if (d == best) near.add(name);
        }
        return near;
    }

    /** Optimal-string-alignment distance between two names. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

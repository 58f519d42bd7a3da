package io.tickmark.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Glyphs whose font maps them to a character their outline contradicts, as {@link GlyphShapes}
 * corrected them: how many of each (mapped character, character read) and on which pages. Shared by
 * the reading threads of one document.
 */
final class Misreadings {
    /** Read as nothing: a glyph that neither draws nor advances. */
    static final char NOTHING = '\u200B';

    private final Map<String, Integer> counts = new TreeMap<>();
    private final TreeSet<Integer> pages = new TreeSet<>();

    synchronized void add(int page, char mapped, char read) {
        counts.merge(read + "\u0000" + mapped, 1, Integer::sum);
        pages.add(page);
    }

    synchronized boolean isEmpty() { return counts.isEmpty(); }

    synchronized int firstPage() { return pages.isEmpty() ? 0 : pages.first(); }

    synchronized List<Integer> pages() { return new ArrayList<>(pages); }

    /** "1,204 em dashes mapped to "4", 310 apostrophes mapped to "9"", most frequent first. */
    synchronized String summary() {
        List<Map.Entry<String, Integer>> e = new ArrayList<>(counts.entrySet());
        e.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Integer> x : e) {
            if (s.length() > 0) s.append(", ");
            char read = x.getKey().charAt(0);
            char mapped = x.getKey().charAt(2);
            int n = x.getValue();
            s.append(String.format(java.util.Locale.ROOT, "%,d ", n)).append(name(read, n != 1))
                    .append(" mapped to \"").append(mapped).append('"');
        }
        return s.toString();
    }

    private static String name(char c, boolean plural) {
        String n = switch (c) {
            case '—' -> "em dash";
            case '–' -> "en dash";
            case '-' -> "hyphen";
            case '’' -> "apostrophe";
            case '"' -> "quotation mark";
            case ' ' -> "blank glyph";
            case NOTHING -> "zero-width glyph";
            default -> "\"" + c + "\"";
        };
        if (!plural) return n;
        return n.endsWith("sh") ? n + "es" : n + "s";
    }
}

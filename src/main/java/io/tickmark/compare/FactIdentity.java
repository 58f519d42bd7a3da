package io.tickmark.compare;

import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
import io.tickmark.facts.Figure;
import io.tickmark.facts.TableInfo;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What makes a figure "the same figure" in two drafts, or in this year's and last year's report:
 * entity scope, the statement (or, for a note, the note's title without its number), the concept
 * (or, where the dictionary does not know the label, the label normalised) and the period. Never
 * the page, the line, the row or the note's number, which move between drafts.
 */
public final class FactIdentity {
    private FactIdentity() {}

    /** The identity of every figure, made unique by occurrence where a table repeats a label. */
    public static Map<String, Figure> index(Collection<Figure> figures, Map<String, String> tableKeys) {
        Map<String, Figure> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Figure f : figures) {
            String base = of(f, tableKeys);
            int n = seen.merge(base, 1, Integer::sum);
            out.put(n == 1 ? base : base + " #" + n, f);
        }
        return out;
    }

    /**
     * The identity of each table by id: a primary statement by its scope and kind; a note or other
     * table by its scope, title without numbering, and the label of its first row, since one note
     * often holds several tables under one title (segment revenue, then segment assets).
     */
    public static Map<String, String> tableKeys(List<TableInfo> tables, Collection<Figure> figures) {
        Map<String, Figure> firstRow = new HashMap<>();
        for (Figure f : figures) {
            Figure cur = firstRow.get(f.getTable());
            if (cur == null || f.getRow() < cur.getRow()) firstRow.put(f.getTable(), f);
        }
        Map<String, String> out = new HashMap<>();
        for (TableInfo t : tables) out.put(t.getId(), key(t.getScope(), t.getStatement(), t.getTitle(), firstRow.get(t.getId())));
        for (Figure f : figures) {
            out.computeIfAbsent(f.getTable(), id -> key(f.getScope(), f.getStatement(), f.getTable(), firstRow.get(id)));
        }
        return out;
    }

    private static String key(String scope, String statement, String title, Figure first) {
        if (statement != null && !statement.equals("note") && !statement.equals("disclosure")) return scope + " | " + statement;
        return scope + " | " + (statement == null ? "table" : statement) + ":" + title(title)
                + (first == null ? "" : " / " + label(first.getLabel()));
    }

    /** Scope and table (statement, or note title and first row), line item and period. */
    public static String of(Figure f, Map<String, String> tableKeys) {
        String table = tableKeys.get(f.getTable());
        if (table == null) table = key(f.getScope(), f.getStatement(), f.getTable(), null);
        return table + " | " + item(f) + " | " + f.getPeriod();
    }

    /** Concept or normalised label: what the line is, whatever it is called in this draft. */
    public static String item(Figure f) {
        return f.getConcept() != null ? f.getConcept() : label(f.getLabel());
    }

    /** Lower case, no numbering ("Note 3 -", "12."), no punctuation, single spaces. */
    public static String title(String title) {
        if (title == null) return "";
        String t = label(title);
        t = Regex.replaceAll(Regex.replaceAll(Regex.replaceAll(t, "^(note|notes)\\s+\\d+[a-z]?\\s*", ""), "^\\d{1,3}[a-z]?\\s+", "")
                , "^\\(?[a-z]\\)\\s+", "");
        return t.trim();
    }

    public static String label(String label) {
        if (label == null) return "";
        String t = Regex.replaceAll(Regex.replaceAll(Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('’', '\''), "\\(\\d\\)|\\[\\d\\]", " ")
                , "[^\\p{L}\\p{N}%]+", " ");
        return Spaces.collapse(t).trim();
    }
}

package io.tickmark.compare;

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
    public static Map<String, Figure> index(Collection<Figure> figures, Map<String, TableInfo> tables) {
        Map<String, Figure> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Figure f : figures) {
            String base = of(f, tables.get(f.getTable()));
            int n = seen.merge(base, 1, Integer::sum);
            out.put(n == 1 ? base : base + " #" + n, f);
        }
        return out;
    }

    /** Tables by id. */
    public static Map<String, TableInfo> tables(List<TableInfo> tables) {
        Map<String, TableInfo> out = new HashMap<>();
        for (TableInfo t : tables) out.put(t.getId(), t);
        return out;
    }

    public static String of(Figure f, TableInfo table) {
        return f.getScope() + " | " + table(f, table) + " | " + item(f) + " | " + f.getPeriod();
    }

    /** Concept or normalised label: what the line is, whatever it is called in this draft. */
    public static String item(Figure f) {
        return f.getConcept() != null ? f.getConcept() : label(f.getLabel());
    }

    /** A primary statement by its kind; a note or other table by its title without numbering. */
    public static String table(Figure f, TableInfo table) {
        String statement = f.getStatement();
        if (statement != null && !statement.equals("note") && !statement.equals("disclosure")) return statement;
        return (statement == null ? "table" : statement) + ":" + title(table == null ? f.getTable() : table.getTitle());
    }

    /** The identity of a table: its statement kind, or its title without numbering. */
    public static String table(TableInfo t) {
        String statement = t.getStatement();
        if (statement != null && !statement.equals("note") && !statement.equals("disclosure")) return t.getScope() + " | " + statement;
        return t.getScope() + " | " + (statement == null ? "table" : statement) + ":" + title(t.getTitle());
    }

    /** Lower case, no numbering ("Note 3 -", "12."), no punctuation, single spaces. */
    public static String title(String title) {
        if (title == null) return "";
        String t = label(title);
        t = t.replaceAll("^(note|notes)\\s+\\d+[a-z]?\\s*", "").replaceAll("^\\d{1,3}[a-z]?\\s+", "")
                .replaceAll("^\\(?[a-z]\\)\\s+", "");
        return t.trim();
    }

    public static String label(String label) {
        if (label == null) return "";
        String t = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replaceAll("\\(\\d\\)|\\[\\d\\]", " ")
                .replaceAll("[^\\p{L}\\p{N}%]+", " ");
        return t.replaceAll("\\s+", " ").trim();
    }
}

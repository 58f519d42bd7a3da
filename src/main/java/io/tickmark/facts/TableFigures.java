package io.tickmark.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one table of a document, by row, by column and by concept: a grouping, like a
 * relation, that the binding rules (DRV-001, DRV-002, DRV-003) take a total and its parts from. It
 * decides nothing.
 *
 * <p>Grouping in Java keeps each figure out of the rules' join memories: bound by joins, every figure
 * of the document sat in three beta memories per binding rule (a tuple each, most of the rule run's
 * heap at 100 k figures), although a relation only ever looks at one table.
 */
public final class TableFigures {
    private final String document;
    private final String table;
    private final Map<String, List<Figure>> byRow;
    private final Map<String, List<Figure>> byColumn;
    private final Map<String, List<Figure>> byConcept;
    private final List<Figure> figures;

    private TableFigures(String document, String table, Map<String, List<Figure>> byRow, Map<String, List<Figure>> byColumn,
                         Map<String, List<Figure>> byConcept, List<Figure> figures) {
        this.document = document;
        this.table = table;
        this.byRow = byRow;
        this.byColumn = byColumn;
        this.byConcept = byConcept;
        this.figures = figures;
    }

    public String getDocument() { return document; }
    public String getTable() { return table; }

    /** The figures whose {@link Figure#getRowKey() row key} is {@code rowKey}, in extraction order. */
    public List<Figure> inRow(String rowKey) { return byRow.getOrDefault(rowKey, List.of()); }

    /** The figures whose {@link Figure#getColumnKey() column key} is {@code columnKey}, in extraction order. */
    public List<Figure> inColumn(String columnKey) { return byColumn.getOrDefault(columnKey, List.of()); }

    /** Every figure of the table, in extraction order (never empty: a table without figures has no grouping). */
    public List<Figure> getFigures() { return figures; }

    /** The figures of concept {@code concept} (null: the figures without one), in extraction order. */
    public List<Figure> withConcept(String concept) { return byConcept.getOrDefault(concept, List.of()); }

    /**
     * The parts of a row relation in one column: the column's figures whose row key the relation
     * names, in extraction order. One list, so that a rule binds it whole ({@code from List.of(...)}).
     */
    public List<Figure> partsInColumn(String columnKey, Collection<String> partKeys) { return keyed(inColumn(columnKey), partKeys, true); }

    /** The parts of a column relation in one row: the row's figures whose column key the relation names. */
    public List<Figure> partsInRow(String rowKey, Collection<String> partKeys) { return keyed(inRow(rowKey), partKeys, false); }

    /** The parts of a concept relation in one column: the column's figures of the concepts the relation names. */
    public List<Figure> conceptPartsInColumn(String columnKey, Collection<String> partKeys) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : inColumn(columnKey)) if (partKeys.contains(f.getConcept())) out.add(f);
        return out;
    }

    private static List<Figure> keyed(List<Figure> figures, Collection<String> keys, boolean byRow) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures) if (keys.contains(byRow ? f.getRowKey() : f.getColumnKey())) out.add(f);
        return out;
    }

    /** A table of a document: a record, whose hash and equality cost no iterator per figure as a list key's do. */
    private record TableKey(String document, String table) {}

    /** One grouping per table (per document) of {@code figures}. */
    public static List<TableFigures> of(Collection<Figure> figures) {
        Map<TableKey, List<Figure>> tables = new LinkedHashMap<>();
        for (Figure f : figures) tables.computeIfAbsent(new TableKey(f.getDocument(), f.getTable()), k -> new ArrayList<>()).add(f);
        List<TableFigures> out = new ArrayList<>(tables.size());
        for (Map.Entry<TableKey, List<Figure>> e : tables.entrySet()) {
            Map<String, List<Figure>> rows = new HashMap<>();
            Map<String, List<Figure>> columns = new HashMap<>();
            Map<String, List<Figure>> concepts = new HashMap<>();
            for (Figure f : e.getValue()) {
                rows.computeIfAbsent(f.getRowKey(), k -> new ArrayList<>()).add(f);
                columns.computeIfAbsent(f.getColumnKey(), k -> new ArrayList<>()).add(f);
                concepts.computeIfAbsent(f.getConcept(), k -> new ArrayList<>()).add(f);
            }
            rows.replaceAll((k, v) -> List.copyOf(v));
            columns.replaceAll((k, v) -> List.copyOf(v));
            concepts.replaceAll((k, v) -> List.copyOf(v));
            out.add(new TableFigures(e.getKey().document(), e.getKey().table(), rows, columns, concepts, List.copyOf(e.getValue())));
        }
        return out;
    }

    @Override public String toString() { return "figures of " + table + " by row and column"; }
}

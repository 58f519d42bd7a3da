package io.tickmark.facts;

import java.util.List;

/**
 * A statement or note table found in a document, with its coverage: how many rows carried figures
 * and how many of those became facts.
 */
public final class TableInfo {
    private final String id;
    private final String document;
    private final String statement;
    private final String scope;
    private final String title;
    private final List<String> columns;
    private final int rowsWithFigures;
    private final int rowsRead;
    private final SourceRef source;

    public TableInfo(String id, String document, String statement, String scope, String title, List<String> columns,
                     int rowsWithFigures, int rowsRead, SourceRef source) {
        this.id = id;
        this.document = document;
        this.statement = statement;
        this.scope = scope;
        this.title = title;
        this.columns = List.copyOf(columns);
        this.rowsWithFigures = rowsWithFigures;
        this.rowsRead = rowsRead;
        this.source = source;
    }

    public String getId() { return id; }
    public String getDocument() { return document; }
    public String getStatement() { return statement; }
    public String getScope() { return scope; }
    public String getTitle() { return title; }
    public List<String> getColumns() { return columns; }
    public int getRowsWithFigures() { return rowsWithFigures; }
    public int getRowsRead() { return rowsRead; }
    public SourceRef getSource() { return source; }
    public boolean isPrimaryStatement() { return !statement.startsWith("note"); }
}

package io.tickmark.extract.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as read from the layout: title, column labels (joined header text) and rows.
 */
public final class Table {
    final List<String> columnLabels = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    String title;
    String note;
    String unitText;
    int firstLine;
    int lastLine;
    int page;
    int rowsWithFigures;

    public List<String> columnLabels() { return columnLabels; }
    public List<Row> rows() { return rows; }
    public String title() { return title; }
    public String note() { return note; }
    public String unitText() { return unitText; }
    public int firstLine() { return firstLine; }
    public int lastLine() { return lastLine; }
    public int page() { return page; }
    public int columns() { return columnLabels.size(); }
    public int rowsWithFigures() { return rowsWithFigures; }
}

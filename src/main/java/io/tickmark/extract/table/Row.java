package io.tickmark.extract.table;

import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a table after wrapped labels are joined: the label, its indent, the file lines it
 * spans, and one cell per table column (null where the cell is blank).
 */
public final class Row {
    final List<String> labelParts = new ArrayList<>();
    int indent = -1;
    int firstLine;
    int lastLine;
    int page;
    Cell[] cells;
    boolean hasFigures;
    /** Part of the row could not be read: relations that involve it cannot be verified. */
    boolean broken;
    /** The row shows figures that were not read into its columns (left in its label): none of its cells is known. */
    boolean unplaced;
    /** Columns whose cell the row shows without a figure ("n/m"): the figure there is not known. */
    final java.util.BitSet unread = new java.util.BitSet();
    /** A rule ("-------") was drawn above the row: the layout marks it as a subtotal. */
    boolean ruledAbove;

    Row(int columns) {
        this.cells = new Cell[columns];
    }

    public String label() {
        // parts are only ever added: the label joined for as many parts as there are now still holds
        if (labelFor != labelParts.size()) {
            label = Spaces.collapse(String.join(" ", labelParts)).trim();
            labelFor = labelParts.size();
        }
        return label;
    }

    private String label;
    private int labelFor = -1;

    public Cell[] cells() { return cells; }
    public int indent() { return indent; }
    public int firstLine() { return firstLine; }
    public int lastLine() { return lastLine; }
    public int page() { return page; }
    public boolean hasFigures() { return hasFigures; }
    public boolean isBroken() { return broken; }
    public void markBroken() { broken = true; }
    /** Whether some cell of the row holds a figure that was not read (a relation over it is incomplete where it is missing). */
    public boolean hasUnreadCells() { return unplaced || !unread.isEmpty(); }
    /** Whether the row's figure in a column is not known: not read, or not shown ("n/m"). */
    public boolean isUnread(int column) { return unplaced || unread.get(column); }
    /** The columns whose cell the row shows as "n/m". */
    public java.util.BitSet notShownColumns() { return (java.util.BitSet) unread.clone(); }

    void touch(int lineNo, int pg) {
        if (firstLine == 0 || lineNo < firstLine) firstLine = lineNo;
        if (lineNo > lastLine) lastLine = lineNo;
        if (page == 0) page = pg;
    }

    /** A table cell: the value as displayed and its precision. */
    public record Cell(BigDecimal value, int decimals, boolean percent, int line, int column, int columnEnd) {}
}

package io.tickmark.facts;

import java.math.BigDecimal;

/**
 * A percentage stated in a table: a share of a column total ("% of total"), of a figure stated
 * elsewhere ("percentage of revenue") or a total of shares ("top five: 31.8%"). It names the figures
 * it can be recomputed from: {@code numeratorId} (the amount in its row) and {@code baseId} (the
 * amount it is a share of), each null when the document does not give it. A total share names the
 * row its parts add up to ({@code totalRow} on the parts) and how many parts it has.
 */
public final class StatedShare {
    private final String id;
    private final String document;
    private final String table;
    private final int row;
    private final int column;
    private final String label;
    private final String columnLabel;
    private final String period;
    private final BigDecimal value;
    private final int decimals;
    private final boolean total;
    private final int totalRow;
    private final int partCount;
    private final String numeratorId;
    private final String baseId;
    private final String baseLabel;
    private final SourceRef source;

    public StatedShare(String id, String document, String table, int row, int column, String label, String columnLabel,
                       String period, BigDecimal value, int decimals, boolean total, int totalRow, int partCount,
                       String numeratorId, String baseId, String baseLabel, SourceRef source) {
        this.id = id;
        this.document = document;
        this.table = table;
        this.row = row;
        this.column = column;
        this.label = label;
        this.columnLabel = columnLabel;
        this.period = period;
        this.value = value;
        this.decimals = decimals;
        this.total = total;
        this.totalRow = totalRow;
        this.partCount = partCount;
        this.numeratorId = numeratorId;
        this.baseId = baseId;
        this.baseLabel = baseLabel;
        this.source = source;
    }

    public String getId() { return id; }
    public String getDocument() { return document; }
    public String getTable() { return table; }
    public int getRow() { return row; }
    public int getColumn() { return column; }
    public String getLabel() { return label; }
    public String getColumnLabel() { return columnLabel; }
    public String getPeriod() { return period; }
    public BigDecimal getValue() { return value; }
    public int getDecimals() { return decimals; }
    public boolean isTotal() { return total; }
    /** Row of the total share this part adds up to; -1 when none. */
    public int getTotalRow() { return totalRow; }
    public int getPartCount() { return partCount; }
    public String getNumeratorId() { return numeratorId; }
    public String getBaseId() { return baseId; }
    public String getBaseLabel() { return baseLabel; }
    public SourceRef getSource() { return source; }

    /** Half of one displayed unit: 0.05 for a share shown to one decimal. */
    public BigDecimal getHalfUnit() { return BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2)); }

    @Override public String toString() { return label + " [" + columnLabel + "] = " + value + "% (" + source + ")"; }
}

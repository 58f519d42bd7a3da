package io.tickmark.facts;

import java.math.BigDecimal;

/**
 * One figure read from a statement or note table: a cell at (row, column) with its label, the
 * canonical concept when the dictionary knows the label, entity scope and period. Immutable.
 *
 * <p>{@code decimals} is the displayed precision: 2 for figures shown to the cent, 0 for whole
 * units; {@code scale} the multiplier of the unit header (1, 1000, 1000000). Together they give the
 * rounding tolerance of any arithmetic over the figure.
 */
public final class Figure {
    /** The label a reader gives a line of figures under a run of items that names nothing itself. */
    public static final String UNLABELLED_SUBTOTAL = "Subtotal (unlabelled line)";

    private final String id;
    private final String document;
    private final String table;
    private final String statement;
    private final String scope;
    private final int row;
    private final int column;
    private final String label;
    private final String concept;
    private final String columnLabel;
    private final String period;
    private final BigDecimal value;
    private final int decimals;
    private final long scale;
    private final String unit;
    private final SourceRef source;
    private final String measurement;
    private final boolean additive;
    /** {@link #getAmount()}, computed on first use: footings and tie-outs ask for it many times over. */
    private BigDecimal amount;

    public Figure(String id, String document, String table, String statement, String scope, int row, int column,
                  String label, String concept, String columnLabel, String period, BigDecimal value,
                  int decimals, long scale, String unit, SourceRef source) {
        this.id = id;
        this.document = shared(document);
        this.table = shared(table);
        this.statement = shared(statement);
        this.scope = shared(scope);
        this.row = row;
        this.column = column;
        this.label = shared(label);
        this.concept = shared(concept);
        this.columnLabel = shared(columnLabel);
        this.period = shared(period);
        this.value = value;
        this.decimals = decimals;
        this.scale = scale;
        this.unit = shared(unit);
        this.source = source;
        Heading heading = heading(columnLabel);
        this.measurement = heading.measurement();
        this.additive = !"%".equals(unit) && !"per-unit".equals(unit) && !heading.remainingBalance();
    }

    /**
     * A figure's id, "TABLE#0012.03": the row zero-padded to four places, the column to two, as
     * {@code String.format("%s#%04d.%02d", ...)} writes it (a negative number keeps its sign inside the
     * width: -5 is "-005"). Written out by hand: the formatter parsed its pattern for every figure and was
     * a large share of building figures and of the garbage of reading a facts file.
     */
    public static String idFor(String table, int row, int column) {
        StringBuilder b = new StringBuilder(table.length() + 9).append(table).append('#');
        zeroPadded(b, row, 4).append('.');
        return zeroPadded(b, column, 2).toString();
    }

    private static StringBuilder zeroPadded(StringBuilder b, int v, int width) {
        String digits = Long.toString(Math.abs((long) v));
        if (v < 0) {
            b.append('-');
            width--;
        }
        for (int i = digits.length(); i < width; i++) b.append('0');
        return b.append(digits);
    }

    /**
     * One copy of each text figures repeat (document, table, statement, scope, label, concept, heading,
     * period, unit): a parser hands every figure fresh strings (a facts JSON of 100 k line items held a
     * million, two thirds of its figures' memory), although a table's figures share most of them.
     */
    private static final io.tickmark.util.Memo<String, String> TEXTS = new io.tickmark.util.Memo<>(50_000, text -> text);

    private static String shared(String text) { return text == null ? null : TEXTS.get(text); }

    /** What a column heading says of the figures under it, read once per heading: a column's figures all share it. */
    private record Heading(String measurement, boolean remainingBalance) {}

    private static final io.tickmark.util.Memo<String, Heading> HEADINGS = new io.tickmark.util.Memo<>(20_000,
            label -> new Heading(measurementOf(label), ColumnHeading.statesRemainingBalance(label)));

    private static Heading heading(String columnLabel) {
        if (columnLabel == null) return new Heading(measurementOf(null), ColumnHeading.statesRemainingBalance(null));
        return HEADINGS.get(columnLabel);
    }

    public String getId() { return id; }
    public String getDocument() { return document; }
    public String getTable() { return table; }
    public String getStatement() { return statement; }
    public String getScope() { return scope; }
    public int getRow() { return row; }
    public int getColumn() { return column; }
    public String getLabel() { return label; }
    public String getConcept() { return concept; }
    public String getColumnLabel() { return columnLabel; }
    public String getPeriod() { return period; }
    public BigDecimal getValue() { return value; }
    public int getDecimals() { return decimals; }
    public long getScale() { return scale; }
    public String getUnit() { return unit; }
    public SourceRef getSource() { return source; }

    /** Value in base currency units (scale applied). */
    public BigDecimal getAmount() {
        // a race computes the same immutable value twice, harmlessly
        BigDecimal a = amount;
        if (a == null) amount = a = value.multiply(BigDecimal.valueOf(scale));
        return a;
    }

    /** Half of one displayed unit, in base units: the rounding error a single displayed figure may carry. */
    public BigDecimal getHalfUnit() { return HalfUnits.of(scale, decimals); }

    public boolean isNonZero() { return value.signum() != 0; }

    /** A percentage (a margin, a share), as opposed to an amount. */
    public boolean isPercent() { return "%".equals(unit); }

    /**
     * What the figure measures besides concept, scope and period: {@code as-reported} (a column of
     * figures as previously reported), {@code adjustment} (restatement impacts, adjustments,
     * reclassifications), {@code change} (a change between two periods, absolute or relative: "Change",
     * "Increase/(Decrease)", "2022 vs. 2021", "21/20") or {@code stated} (the figure as it stands). Figures of different
     * measurements are different facts and never tie.
     */
    public String getMeasurement() { return measurement; }

    private static final java.util.regex.Pattern AS_REPORTED =
            java.util.regex.Pattern.compile(".*\\b(as )?(previously|originally) (reported|presented|filed)\\b.*|.*\\bas reported\\b.*");
    private static final java.util.regex.Pattern ADJUSTMENT = java.util.regex.Pattern.compile(
            ".*\\b(adjustments?|restatement|impacts?|effects? of|reclassifications?|eliminations?|pro forma|non-gaap|adjusted)\\b.*");

    private static String measurementOf(String columnLabel) {
        if (ColumnHeading.statesChange(columnLabel)) return "change";
        String h = columnLabel == null ? "" : columnLabel.toLowerCase(java.util.Locale.ROOT);
        if (AS_REPORTED.matcher(h).matches()) return "as-reported";
        if (ADJUSTMENT.matcher(h).matches()) return "adjustment";
        return "stated";
    }

    /** The figure that other statements of the same fact are compared with: primary statements before notes. */
    public int getAnchorRank() { return "note".equals(statement) ? 1 : 0; }

    /**
     * Whether the figure adds up with the figures above and below it: amounts do; percentages,
     * per-share and per-unit values, prices and rates do not, nor a balance remaining at each date of
     * a table whose rows are periods ("shares that may yet be purchased under the program"). A change
     * between two periods (measurement {@code change}) is left to the binding rules: it is not footed
     * where the periods it compares are in its table (and footed themselves).
     */
    public boolean isAdditive() { return additive; }

    /** Row and column as keys, for relations that name rows or columns of a table. */
    public String getRowKey() { return PositionKeys.of(row); }
    public String getColumnKey() { return PositionKeys.of(column); }

    public Figure withValue(BigDecimal v) {
        return new Figure(id, document, table, statement, scope, row, column, label, concept, columnLabel, period, v,
                decimals, scale, unit, source);
    }

    @Override public String toString() { return label + " [" + columnLabel + "] = " + value + " (" + source + ")"; }
}

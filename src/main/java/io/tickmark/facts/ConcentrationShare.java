package io.tickmark.facts;

import java.math.BigDecimal;

/**
 * One line of a top-customers or top-suppliers table: a party's share of revenue (customers) or of
 * purchases or cost of sales (suppliers) for a period, or the top five together ({@code topFive}).
 */
public final class ConcentrationShare {
    private final String document;
    private final String role;
    private final String period;
    private final int year;
    private final String party;
    private final boolean topFive;
    private final BigDecimal share;
    private final String base;
    private final String table;
    private final SourceRef source;

    public ConcentrationShare(String document, String role, String period, int year, String party, boolean topFive,
                              BigDecimal share, String base, String table, SourceRef source) {
        this.document = document;
        this.role = role;
        this.period = period;
        this.year = year;
        this.party = party;
        this.topFive = topFive;
        this.share = share;
        this.base = base;
        this.table = table;
        this.source = source;
    }

    public String getDocument() { return document; }
    /** {@code customer} or {@code supplier}. */
    public String getRole() { return role; }
    public String getPeriod() { return period; }
    /** The year the period ends in, for ordering. */
    public int getYear() { return year; }
    public String getParty() { return party; }
    public boolean isTopFive() { return topFive; }
    public BigDecimal getShare() { return share; }
    /** What the share is of: "revenue", "cost of sales", "purchases". */
    public String getBase() { return base; }
    public String getTable() { return table; }
    public SourceRef getSource() { return source; }
}

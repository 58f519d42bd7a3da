package io.tickmark.facts;

/** Derived: the document shows its liquidity to be covered (no uncounted shortfall, and a resource shown), and how. */
public final class LiquidityCovered {
    private final String document;
    private final String how;

    public LiquidityCovered(String document, String how) {
        this.document = document;
        this.how = how;
    }

    public String getDocument() { return document; }
    public String getHow() { return how; }

    @Override public String toString() { return "LiquidityCovered[" + how + "]"; }
}

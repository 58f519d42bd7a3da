package io.tickmark.facts;

/** The level the going-concern policy gives a document (error, warning, note) and why. */
public final class GoingConcernLevel {
    private final String document;
    private final String level;
    private final String reason;

    public GoingConcernLevel(String document, String level, String reason) {
        this.document = document;
        this.level = level;
        this.reason = reason;
    }

    public String getDocument() { return document; }
    public String getLevel() { return level; }
    public String getReason() { return reason; }

    @Override public String toString() { return "GoingConcernLevel[" + level + ": " + reason + "]"; }
}

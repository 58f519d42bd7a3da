package io.tickmark.facts;

/**
 * Human form of a narrative position: a line and, where known, the character span. In a document
 * that is one long line the span is the character offset, which is what makes the place findable.
 */
public final class Positions {
    private Positions() {}

    public static String describe(SourceRef s) {
        if (s == null) return "";
        String base = s.describe();
        if (s.getColumnEnd() > s.getColumn()) {
            base += s.getLineEnd() > s.getLine() ? ", from column " + s.getColumn() : ", chars " + s.getColumn() + "-" + s.getColumnEnd();
        }
        return base;
    }
}

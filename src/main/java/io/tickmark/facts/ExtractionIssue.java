package io.tickmark.facts;

/**
 * Something the extractor saw but could not read: a table row whose figures could not be fitted to
 * columns, a statement whose heading was found but no rows, a line of figures with no label. Rules
 * turn these into {@code extraction} findings; they never become consistency failures.
 */
public final class ExtractionIssue {
    private final String document;
    private final String table;
    private final String what;
    private final String text;
    private final SourceRef source;

    public ExtractionIssue(String document, String table, String what, String text, SourceRef source) {
        this.document = document;
        this.table = table;
        this.what = what;
        this.text = text;
        this.source = source;
    }

    public String getDocument() { return document; }
    public String getTable() { return table; }
    public String getWhat() { return what; }
    public String getText() { return text; }
    public SourceRef getSource() { return source; }
}

package io.tickmark.facts;

import java.util.Objects;

/**
 * Where a fact came from: the file and, for text, its line range and character columns (or the
 * character offset in a one-line document); for PDF, the page and a bounding box.
 */
public final class SourceRef {
    private final String file;
    private final int page;
    private final int line;
    private final int lineEnd;
    private final int column;
    private final int columnEnd;
    private final String box;

    public SourceRef(String file, int page, int line, int lineEnd, int column, int columnEnd, String box) {
        this.file = file;
        this.page = page;
        this.line = line;
        this.lineEnd = Math.max(line, lineEnd);
        this.column = column;
        this.columnEnd = columnEnd;
        this.box = box;
    }

    public static SourceRef ofLines(String file, int page, int line, int lineEnd) {
        return new SourceRef(file, page, line, lineEnd, 0, 0, null);
    }

    public String getFile() { return file; }
    public int getPage() { return page; }
    public int getLine() { return line; }
    public int getLineEnd() { return lineEnd; }
    public int getColumn() { return column; }
    public int getColumnEnd() { return columnEnd; }
    public String getBox() { return box; }

    /**
     * Short human form, e.g. {@code line 112} or {@code lines 112-114} or {@code p. 3}; for a PDF,
     * the page and the box ({@code p. 3 [72.0,540.2,130.5,548.9]}).
     */
    public String describe() {
        if (box != null && page > 0) return "p. " + page + " [" + box + "]";
        StringBuilder s = new StringBuilder();
        if (line > 0) s.append(lineEnd > line ? "lines " + line + "-" + lineEnd : "line " + line);
        else if (page > 0 && box == null) s.append("p. ").append(page);
        return s.toString().trim();
    }

    @Override public boolean equals(Object o) {
        if (!(o instanceof SourceRef r)) return false;
        return page == r.page && line == r.line && lineEnd == r.lineEnd && column == r.column
                && columnEnd == r.columnEnd && Objects.equals(file, r.file) && Objects.equals(box, r.box);
    }
    @Override public int hashCode() { return Objects.hash(file, page, line, column); }
    @Override public String toString() { return describe(); }
}

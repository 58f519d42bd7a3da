package io.tickmark.extract.narrative;

import io.tickmark.facts.SourceRef;

/**
 * Running text joined from the lines it was laid out on, with the position of every character: its
 * page, line and column in the source. In a document that is one long line, the column is the
 * character offset. {@code heading} marks a short title line kept as a paragraph of its own.
 */
public final class Paragraph {
    private final String file;
    private final String text;
    private final int[] page;
    private final int[] line;
    private final int[] column;
    private final boolean heading;

    Paragraph(String file, String text, int[] page, int[] line, int[] column, boolean heading) {
        this.file = file;
        this.text = text;
        this.page = page;
        this.line = line;
        this.column = column;
        this.heading = heading;
    }

    public String text() { return text; }
    public boolean heading() { return heading; }

    /** The source position of characters {@code [start, end)} of this paragraph. */
    public SourceRef ref(int start, int end) {
        if (text.isEmpty()) return SourceRef.ofLines(file, 0, 0, 0);
        int s = Math.max(0, Math.min(start, text.length() - 1));
        int e = Math.max(s, Math.min(end, text.length()) - 1);
        return new SourceRef(file, page[s], line[s], line[e], column[s], line[e] == line[s] ? column[e] + 1 : column[e] + 1, null);
    }
}

package io.tickmark.report.annotate;

import java.util.List;

/**
 * What to draw on a filing's PDF: the marks on its pages and the lines of the summary page put in
 * front of it. Built from a checked document by {@link TickSheets}; drawn by the PDF annotator,
 * which knows nothing of checks or findings.
 */
public record TickSheet(String title, List<TickMark> marks, List<SummaryLine> summary) {

    /** One line of the summary page; {@code emphasis} lines are headings. */
    public record SummaryLine(String text, boolean emphasis, int indent) {
        public static SummaryLine heading(String text) { return new SummaryLine(text, true, 0); }
        public static SummaryLine line(String text) { return new SummaryLine(text, false, 0); }
        public static SummaryLine item(String text) { return new SummaryLine(text, false, 1); }
    }

    public TickSheet {
        marks = List.copyOf(marks);
        summary = List.copyOf(summary);
    }

    public long count(TickMark.Kind kind) {
        return marks.stream().filter(m -> m.kind() == kind).count();
    }
}

package io.tickmark.extract.narrative;

import io.tickmark.facts.SourceRef;

/** One sentence of a paragraph: its text and where it starts in the paragraph. */
public record Sentence(Paragraph paragraph, int start, String text) {

    /** Source position of characters {@code [from, to)} of this sentence. */
    public SourceRef ref(int from, int to) {
        return paragraph.ref(start + from, start + to);
    }

    public SourceRef ref() {
        return ref(0, text.length());
    }
}

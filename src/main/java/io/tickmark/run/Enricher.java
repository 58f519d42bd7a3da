package io.tickmark.run;

import io.tickmark.extract.Extraction;
import io.tickmark.extract.layout.LayoutDocument;

/**
 * Adds facts of its own kind to an extraction: narrative stated figures, disclosure facts. Each
 * enricher reads the same laid-out lines (and the raw text) the table extractor read.
 */
public interface Enricher {
    void enrich(Extraction extraction, LayoutDocument layout, String text);
}

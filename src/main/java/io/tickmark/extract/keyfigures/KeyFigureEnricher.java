package io.tickmark.extract.keyfigures;

import io.tickmark.extract.Extraction;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.run.Enricher;

/**
 * Adds the key figures the going-concern rules read (one per concept for the reporting period and
 * the period before), chosen from the statements and, where they are silent, from the narrative
 * facts the narrative enricher added. Must run after it.
 */
public final class KeyFigureEnricher implements Enricher {
    @Override
    public void enrich(Extraction extraction, LayoutDocument layout, String text) {
        extraction.otherFacts().addAll(KeyFigureSelector.select(extraction));
        extraction.otherFacts().addAll(StatementShape.read(extraction));
    }
}

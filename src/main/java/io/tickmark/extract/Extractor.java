package io.tickmark.extract;

import io.tickmark.source.Source;

/** Turns a source document into facts. */
public interface Extractor {
    Extraction extract(Source source) throws java.io.IOException;
}

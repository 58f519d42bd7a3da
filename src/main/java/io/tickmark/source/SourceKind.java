package io.tickmark.source;

/** What an input file is, detected by content rather than by extension. */
public enum SourceKind { PDF, FACTS_JSON, TEXT }

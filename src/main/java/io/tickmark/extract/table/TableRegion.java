package io.tickmark.extract.table;

import io.tickmark.extract.layout.LayoutLine;

import java.util.List;

/**
 * A run of layout lines that holds one table, with what is known about it from the lines above:
 * headings, the unit line, and for statements the entity named over the title (a filing by two
 * registrants has a set of statements for each).
 */
public record TableRegion(List<LayoutLine> lines, String title, String note, StatementKind statement,
                          boolean parentScope, String unitText, String sectionCaption, String entity) {}

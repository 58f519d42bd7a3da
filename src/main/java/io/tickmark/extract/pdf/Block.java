package io.tickmark.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Words that belong together on a page: a paragraph, a column of figures, a heading. Its lines
 * get character columns relative to the block; the block gets a column offset on the page.
 */
final class Block extends WordGroup {
    final List<TextRow> lines = new ArrayList<>();
    int col;
    int columns;
}

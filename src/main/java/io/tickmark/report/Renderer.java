package io.tickmark.report;

import java.io.IOException;
import java.io.Writer;

/** One output format. Renderers read findings, checks and the catalogue; they never re-derive. */
public interface Renderer {
    void render(Report report, Writer out) throws IOException;
}

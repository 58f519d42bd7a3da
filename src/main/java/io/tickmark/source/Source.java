package io.tickmark.source;

import java.nio.file.Path;

/**
 * An input file with its detected kind. For text and facts JSON, {@code bytes} is the whole file; for
 * a PDF only its first bytes (the PDF extractor reads the file itself, page by page).
 */
public record Source(Path path, SourceKind kind, byte[] bytes) {
    public String displayName() { return path.toString(); }
}

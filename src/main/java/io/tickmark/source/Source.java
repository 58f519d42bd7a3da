package io.tickmark.source;

import java.nio.file.Path;

/** An input file with its detected kind. */
public record Source(Path path, SourceKind kind, byte[] bytes) {
    public String displayName() { return path.toString(); }
}

package io.tickmark.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An input file with its detected kind. Text and facts JSON are read whole and decoded: {@code text}
 * is the content and {@code encoding} the character set it was decoded from (by byte-order mark or
 * detection). A PDF is read by the PDF extractor page by page from {@code content}: the file itself,
 * or, for a pipe that can be read only once, a temporary copy deleted by {@link #close}.
 */
public record Source(Path path, SourceKind kind, String text, String encoding, Path content, boolean temporary)
        implements AutoCloseable {

    public static Source text(Path path, SourceKind kind, String text, String encoding) {
        return new Source(path, kind, text, encoding, null, false);
    }

    public static Source pdf(Path path, Path content, boolean temporary) {
        return new Source(path, SourceKind.PDF, null, null, content, temporary);
    }

    public String displayName() { return path.toString(); }

    /** Deletes the temporary copy of a piped PDF. */
    @Override
    public void close() {
        if (!temporary) return;
        try {
            Files.deleteIfExists(content);
        } catch (IOException ignored) {
            // a temporary file left behind in the temporary directory is harmless
        }
    }
}

package io.tickmark.report;

import java.io.FilterWriter;
import java.io.Writer;

/** Lets a serializer flush into the caller's writer without closing it: the caller owns it. */
final class NonClosingWriter extends FilterWriter {
    NonClosingWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() {
        // the caller closes the underlying writer
    }
}

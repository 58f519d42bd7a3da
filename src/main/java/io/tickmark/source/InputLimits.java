package io.tickmark.source;

/**
 * The limits an input must keep within, so that one huge or endless input (a 5 GB file, {@code /dev/zero},
 * a pipe that never ends) is refused with one line instead of exhausting memory and losing the batch.
 * Documented in the README's limits section.
 */
public final class InputLimits {
    private InputLimits() {}

    /** Text and facts JSON are held in memory whole: at most this many bytes. */
    public static final long MAX_TEXT_BYTES = 64L << 20;
    /** A PDF is read page by page from its file: at most this many bytes. */
    public static final long MAX_PDF_BYTES = 2L << 30;

    static String mib(long bytes) {
        return (bytes >> 20) + " MiB";
    }
}

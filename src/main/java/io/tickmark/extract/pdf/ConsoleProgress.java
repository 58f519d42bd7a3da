package io.tickmark.extract.pdf;

import java.io.PrintStream;

/**
 * A progress line on the terminal for long documents: rewritten in place on standard error, shown
 * only when a console is attached (never in a pipe or CI log) and only for documents long enough
 * to be worth it.
 */
public final class ConsoleProgress implements PdfOptions.Progress {
    private static final int MIN_PAGES = 40;
    private final String name;
    private final PrintStream err;
    private boolean shown;
    /** Off while a batch shows its own progress bar. */
    private static volatile boolean enabled = true;

    public static void setEnabled(boolean on) {
        enabled = on;
    }

    private ConsoleProgress(String name, PrintStream err) {
        this.name = name;
        this.err = err;
    }

    /** Progress on standard error when a console is attached, else null (no progress). */
    public static PdfOptions.Progress ifTerminal(String name) {
        return System.console() != null && enabled ? new ConsoleProgress(name, System.err) : null;
    }

    @Override
    public void page(int done, int total) {
        if (total < MIN_PAGES || done % 5 != 0 && done != total) return;
        err.print("\rtickmark: reading " + name + ": page " + done + " of " + total);
        err.flush();
        shown = true;
    }

    @Override
    public void done() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}

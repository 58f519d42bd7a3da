package io.tickmark.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * "file i of N" while a batch runs: a progress bar on the terminal's standard error when several
 * filings are checked and a console is attached; nothing at all on a pipe or in a CI log, where a
 * progress bar is noise. The per-page progress of a single PDF is switched off while a bar is shown.
 */
abstract class BatchProgress implements AutoCloseable {
    /** A filing is done. */
    abstract void done(Path file);

    @Override
    public abstract void close();

    static BatchProgress on(int filings, PrintWriter err) {
        if (filings < 2 || System.console() == null) return NONE;
        io.tickmark.extract.pdf.ConsoleProgress.setEnabled(false);
        ProgressBar bar = new ProgressBarBuilder().setTaskName("tickmark").setInitialMax(filings)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" filings", 1).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        return new BatchProgress() {
            @Override
            void done(Path file) {
                bar.setExtraMessage(file.getFileName().toString());
                bar.step();
            }

            @Override
            public void close() {
                bar.close();
                io.tickmark.extract.pdf.ConsoleProgress.setEnabled(true);
            }
        };
    }

    private static final BatchProgress NONE = new BatchProgress() {
        @Override
        void done(Path file) {}

        @Override
        public void close() {}
    };
}

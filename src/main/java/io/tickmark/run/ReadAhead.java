package io.tickmark.run;

import io.tickmark.extract.Extraction;
import io.tickmark.source.UnreadableInputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The first filing of a check read in a thread of its own while the compiled rules load: a cold
 * check of one filing otherwise waits for the rules before it starts reading, and the two take
 * about as long as each other on a machine with two cores. Only a regular file is read ahead (a
 * FIFO or device can be read only once). The filing's check takes the read; a read that failed is
 * dropped and the filing read again where it is checked, so that its error is reported, under the
 * time limit, exactly as without the read-ahead.
 */
public final class ReadAhead {
    /** No read ahead: every filing is read where it is checked. */
    public static final ReadAhead NONE = new ReadAhead(null, null, null);

    private final Path path;
    private final String password;
    private final FutureTask<Extraction> read;
    private final AtomicBoolean taken = new AtomicBoolean();

    private ReadAhead(Path path, String password, FutureTask<Extraction> read) {
        this.path = path;
        this.password = password;
        this.read = read;
    }

    /** Whether this reads {@code file} as a check with {@code pdfPassword} would (a read started before the options were parsed). */
    public boolean isFor(Path file, String pdfPassword) {
        return read != null && file != null && file.equals(path) && java.util.Objects.equals(pdfPassword, password);
    }

    /** Stops a read that nothing will take (the command line turned out to name another filing, or none). */
    public void cancel() {
        if (read != null && !taken.get()) read.cancel(true);
    }

    /** Starts reading {@code first} when it is a regular file. */
    public static ReadAhead start(Path first, String pdfPassword) {
        if (first == null || !Files.isRegularFile(first)) return NONE;
        FutureTask<Extraction> read = new FutureTask<>(() -> new Checker(null, null, pdfPassword).extract(first));
        DocumentRun.startWorker("tickmark-read-ahead", read);
        return new ReadAhead(first, pdfPassword, read);
    }

    /** Whether the first filing is still being read (what {@link RulePriming} waits on). */
    public boolean inFlight() {
        return read != null && !read.isDone();
    }

    /** The filing's extraction: the read ahead when this is its filing (taken once), else read now. */
    public Extraction extract(Path file, Checker checker) throws UnreadableInputException {
        if (read != null && file.equals(path) && taken.compareAndSet(false, true)) {
            try {
                return read.get();
            } catch (ExecutionException e) {
                // read again below: the same failure, reported as the check reports it
            } catch (InterruptedException e) {
                // the filing's time limit ran out while it was read ahead: the read stops too
                read.cancel(true);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + file, e);
            }
        }
        return checker.extract(file);
    }
}

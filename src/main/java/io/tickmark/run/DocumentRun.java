package io.tickmark.run;

import io.tickmark.source.UnreadableInputException;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the work on one document in a thread of its own, under a time limit, so that one document
 * that hangs (a FIFO with no writer), runs too long or exhausts the heap becomes an error of that
 * document and the batch goes on. What the work held is garbage once its thread ends, which is what
 * lets the run recover from an {@link OutOfMemoryError}. A thread that does not stop when
 * interrupted (blocked opening a FIFO) is left behind as a daemon; it does not keep the process alive.
 */
public final class DocumentRun {
    private DocumentRun() {}

    /** The default per-document time limit: generous, for a long PDF on a slow machine. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    /** The work went beyond a documented limit (time, memory): an input fault, exit 2. */
    public static final class LimitExceeded extends UnreadableInputException {
        public LimitExceeded(String message) {
            super(message);
        }
    }

    /** The work failed in a way that is tickmark's fault (exit 3); the cause is kept for --debug. */
    public static final class InternalFault extends Exception {
        public InternalFault(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Documents being worked on now, in this process (a batch runs several at once). */
    private static final AtomicInteger RUNNING = new AtomicInteger();

    /**
     * Cores not taken by other documents' work: what one document may spread over (the PDF reader's
     * threads). In a batch that keeps every core busy with a document of its own, a document that
     * spread further would only add the cost of its extra threads.
     */
    public static int coresForOneDocument() {
        int others = Math.max(0, RUNNING.get() - 1);
        return Math.max(1, Runtime.getRuntime().availableProcessors() - others);
    }

    public static <T> T run(String document, Duration timeout, Callable<T> work)
            throws UnreadableInputException, InternalFault {
        FutureTask<T> task = new FutureTask<>(() -> {
            RUNNING.incrementAndGet();
            try {
                return work.call();
            } finally {
                RUNNING.decrementAndGet();
            }
        });
        startWorker("tickmark-document", task);
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new LimitExceeded(document + ": not finished within the time limit of " + describe(timeout) + " (--timeout)");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new InternalFault(document + ": interrupted", e);
        } catch (CancellationException e) {
            throw new InternalFault(document + ": cancelled", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof UnreadableInputException u) throw u;
            if (causedByOutOfMemory(c)) {
                throw new LimitExceeded(document + ": ran out of memory (Java heap of " + (Runtime.getRuntime().maxMemory() >> 20)
                        + " MiB; give more with TICKMARK_JAVA_OPTS=-Xmx4g)");
            }
            throw new InternalFault("internal error while checking " + document + ": " + oneLine(c), c);
        }
    }

    /**
     * Starts a thread that works on a document (its run, its read ahead, its early narrative read, rule
     * priming): a daemon, so that a thread left behind never keeps the process alive, with a larger stack
     * than the JVM's default, as extraction recurses over nested structures.
     */
    static Thread startWorker(String name, Runnable work) {
        Thread t = new Thread(null, work, name, 16L << 20);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static boolean causedByOutOfMemory(Throwable c) {
        for (int depth = 0; c != null && depth < 20; c = c.getCause(), depth++) if (c instanceof OutOfMemoryError) return true;
        return false;
    }

    /** A throwable on one line: its class and the first line of its message. */
    public static String oneLine(Throwable c) {
        String m = c.getMessage();
        String first = m == null ? "" : m.split("\\R", 2)[0].trim();
        return c.getClass().getName() + (first.isEmpty() ? "" : ": " + first);
    }

    /** 10m, 90s, 1h30m: the duration as it would be written on the command line. */
    public static String describe(Duration d) {
        long s = d.toSeconds();
        if (s == 0) return d.toMillis() + "ms";
        StringBuilder b = new StringBuilder();
        if (s >= 3600) b.append(s / 3600).append('h');
        if (s % 3600 >= 60) b.append(s % 3600 / 60).append('m');
        if (s % 60 > 0) b.append(s % 60).append('s');
        return b.toString();
    }
}

package io.tickmark.run;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Many documents checked in parallel, their outcomes handed on in input order as soon as each and
 * all before it are done, so that a report can be streamed and a batch's output does not depend on
 * which thread finished first. At most {@code 2 × jobs} outcomes are waiting at any time: memory
 * follows the documents in flight, not the batch. The work must not throw: a document's failure is
 * part of its outcome.
 */
public final class Batch {
    private Batch() {}

    /** The default number of parallel jobs: one per core. */
    public static int defaultJobs() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static <I, O> void inOrder(List<I> inputs, int jobs, Function<I, O> work, Consumer<O> consumer) {
        if (jobs <= 1 || inputs.size() <= 1) {
            for (I in : inputs) consumer.accept(work.apply(in));
            return;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "tickmark-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<O>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < inputs.size() || !inFlight.isEmpty()) {
                while (next < inputs.size() && inFlight.size() < 2 * jobs) {
                    I in = inputs.get(next++);
                    inFlight.add(pool.submit(() -> work.apply(in)));
                }
                consumer.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O await(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a document", e);
        } catch (ExecutionException e) {
            // the work catches its own faults; one that escapes is a bug and ends the run (exit 3)
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }
}

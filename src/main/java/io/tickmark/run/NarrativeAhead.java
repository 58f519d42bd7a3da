package io.tickmark.run;

import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.narrative.NarrativeEnricher;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The narrative of a filing read on a spare core while its tables are read on this one. The two are
 * the largest parts of reading a long filing after its pages, and only one thing passes between them:
 * the reporting year, which the narrative needs (a stated figure of that year is the current one) and
 * which is the latest period end of the tables' statements. The early read takes the year the text
 * names most often as a period end ("year ended December 31, 2022"), which is the year a filing's
 * statements give when they have any (all 38 filings of the shared sets); when the tables say
 * otherwise, the early read is dropped and the narrative read again under their year, so the facts are
 * always those of a read after the tables.
 *
 * <p>An early read that failed is dropped too: the narrative is read again where it would have been
 * read, and fails there as it would have without the early read (or not, under another year).
 */
final class NarrativeAhead implements NarrativeEnricher.EarlyRead {
    record Read(Integer year, List<Object> facts) {}

    private final FutureTask<Read> task;

    private NarrativeAhead(FutureTask<Read> task) {
        this.task = task;
    }

    /** Starts the early read when a core is free for it, else none (the narrative is read after the tables). */
    static NarrativeEnricher.EarlyRead startIfCoreFree(String document, LayoutDocument layout, String text) {
        if (DocumentRun.coresForOneDocument() < 2) return NarrativeEnricher.EarlyRead.NONE;
        return start(document, layout, text);
    }

    static NarrativeAhead start(String document, LayoutDocument layout, String text) {
        return start(() -> {
            Integer year = NarrativeEnricher.reportingYear(List.of(), text);
            return new Read(year, NarrativeEnricher.read(document, layout, year));
        });
    }

    /** Starts {@code read} (a test gives its own) on a thread of its own. */
    static NarrativeAhead start(java.util.concurrent.Callable<Read> read) {
        FutureTask<Read> task = new FutureTask<>(read);
        DocumentRun.startWorker("tickmark-narrative", task);
        return new NarrativeAhead(task);
    }

    @Override
    public void cancel() {
        task.cancel(true);
    }

    @Override
    public List<Object> factsFor(Integer reportingYear) {
        Read read;
        try {
            read = task.get();
        } catch (InterruptedException e) {
            // the document's time limit ran out: its early read stops with it
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while the narrative was read");
        } catch (ExecutionException e) {
            return null;
        }
        return Objects.equals(read.year(), reportingYear) ? read.facts() : null;
    }
}

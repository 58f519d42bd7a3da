package io.tickmark.run;

import io.tickmark.source.UnreadableInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One document's work: its value, or one line saying why not, and the run goes on. */
class DocumentRunTest {

    @Test
    void outOfMemoryIsAnErrorOfTheDocumentNamingTheHeapLimit() {
        assertThatThrownBy(() -> DocumentRun.run("big.pdf", Duration.ofMinutes(1), () -> {
            throw new OutOfMemoryError("Java heap space");
        })).isInstanceOf(DocumentRun.LimitExceeded.class)
                .hasMessageStartingWith("big.pdf: ran out of memory (Java heap of ")
                .hasMessageContaining("TICKMARK_JAVA_OPTS=-Xmx")
                .hasMessageNotContaining("\n");
        // wrapped by a library that reads pages in threads of its own
        assertThatThrownBy(() -> DocumentRun.run("big.pdf", Duration.ofMinutes(1), () -> {
            throw new IllegalStateException("page 40", new OutOfMemoryError("Java heap space"));
        })).isInstanceOf(DocumentRun.LimitExceeded.class);
    }

    @Test
    void aDocumentSpreadsOnlyOverTheCoresOtherDocumentsLeaveIt() throws Exception {
        // (a document left running by another test, past its time limit, counts as one running)
        int alone = DocumentRun.run("alone.pdf", Duration.ofMinutes(1), DocumentRun::coresForOneDocument);
        assertThat(alone).isBetween(1, Runtime.getRuntime().availableProcessors());
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread other = new Thread(() -> {
            try {
                DocumentRun.run("other.pdf", Duration.ofMinutes(1), () -> {
                    started.countDown();
                    release.await();
                    return null;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        started.await();
        try {
            assertThat(DocumentRun.run("beside.pdf", Duration.ofMinutes(1), DocumentRun::coresForOneDocument))
                    .isEqualTo(Math.max(1, alone - 1));
        } finally {
            release.countDown();
            other.join();
        }
    }

    @Test
    void aDocumentThatRunsPastTheTimeLimitIsStoppedAndNamed() {
        assertThatThrownBy(() -> DocumentRun.run("slow.txt", Duration.ofMillis(50), () -> {
            Thread.sleep(Long.MAX_VALUE);
            return null;
        })).isInstanceOf(DocumentRun.LimitExceeded.class)
                .hasMessage("slow.txt: not finished within the time limit of 50ms (--timeout)");
    }

    @Test
    void aBugIsAnInternalFaultOnOneLineWithItsCauseKeptForDebug() {
        RuntimeException bug = new IllegalArgumentException("bad index\n  with a second line");
        assertThatThrownBy(() -> DocumentRun.run("a.txt", Duration.ofMinutes(1), () -> {
            throw bug;
        })).isInstanceOf(DocumentRun.InternalFault.class)
                .hasMessage("internal error while checking a.txt: java.lang.IllegalArgumentException: bad index")
                .hasCause(bug);
        assertThatThrownBy(() -> DocumentRun.run("deep.txt", Duration.ofMinutes(1), () -> {
            throw new StackOverflowError();
        })).isInstanceOf(DocumentRun.InternalFault.class).hasMessageEndingWith("java.lang.StackOverflowError");
    }

    @Test
    void anInputFaultPassesThroughAsItIs() throws Exception {
        UnreadableInputException fault = new UnreadableInputException("x.txt: file is empty");
        assertThatThrownBy(() -> DocumentRun.run("x.txt", Duration.ofMinutes(1), () -> {
            throw fault;
        })).isSameAs(fault);
        assertThat(DocumentRun.run("ok.txt", Duration.ofMinutes(1), () -> 42)).isEqualTo(42);
    }

    @Test
    void durationsAreWrittenAsOnTheCommandLine() {
        assertThat(DocumentRun.describe(Duration.ofMinutes(10))).isEqualTo("10m");
        assertThat(DocumentRun.describe(Duration.ofSeconds(5430))).isEqualTo("1h30m30s");
        assertThat(DocumentRun.describe(Duration.ofMillis(1500))).isEqualTo("1s");
    }
}

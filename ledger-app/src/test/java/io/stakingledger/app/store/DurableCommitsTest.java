package io.stakingledger.app.store;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A command is answered after a flush that began after its commit; concurrent commands share flushes. */
class DurableCommitsTest {

    @Test
    void eachCallReturnsOnlyAfterAFlushThatStartedAfterIt() throws Exception {
        AtomicLong flushesStarted = new AtomicLong();
        AtomicInteger flushes = new AtomicInteger();
        DurableCommits durable = new DurableCommits(() -> {
            flushesStarted.incrementAndGet();
            flushes.incrementAndGet();
            sleep(5);
        });
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> committers = new ArrayList<>();
        List<String> violations = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            Thread committer = new Thread(() -> {
                await(start);
                for (int i = 0; i < 20; i++) {
                    long startedBefore = flushesStarted.get();
                    durable.awaitDurable();
                    if (flushesStarted.get() <= startedBefore) {
                        violations.add("returned without a flush that began after the call");
                    }
                }
            });
            committer.start();
            committers.add(committer);
        }
        start.countDown();
        for (Thread committer : committers) {
            committer.join();
        }
        assertThat(violations).isEmpty();
        assertThat(flushes.get()).isLessThan(threads * 20);
    }

    @Test
    void aFlushTheDiskRefusesIsAStoreFailureNotAnAcknowledgement() {
        DurableCommits durable = new DurableCommits(() -> {
            throw new IOException("No space left on device");
        });
        assertThatThrownBy(durable::awaitDurable).isInstanceOf(StoreUnavailable.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

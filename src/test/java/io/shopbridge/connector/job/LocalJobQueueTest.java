package io.shopbridge.connector.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The local queue: best priority first, channel slots respected, channels taken in turn, close hands jobs back. */
class LocalJobQueueTest {

    private final JobChannel root = new JobChannel("root", 2, false, null);
    private final JobChannel narrow = new JobChannel("root.narrow", 1, false, root);
    private final LocalJobQueue queue = new LocalJobQueue(List.of(root, narrow));

    private static ClaimedJob job(long id, int priority) {
        return new ClaimedJob(id, "uuid-" + id, "test", null, null, null, "{}", 1, 5, null, "root", priority, null, null);
    }

    @Test
    void theBestPriorityThenTheOldestComesFirst() throws InterruptedException {
        queue.add(root, List.of(job(3, 10), job(1, 10), job(2, 5)));
        assertEquals(2, queue.take().job().id());
        assertEquals(1, queue.take().job().id());
    }

    @Test
    void aFullChannelLetsTheOthersGoOn() throws Exception {
        queue.add(narrow, List.of(job(1, 10), job(2, 10)));
        LocalJobQueue.Taken first = queue.take();
        assertEquals(1, first.job().id());
        queue.add(root, List.of(job(3, 10)));
        // root.narrow has no free slot: the next job comes from root, though root.narrow has one waiting
        assertEquals(3, queue.take().job().id());

        CompletableFuture<LocalJobQueue.Taken> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        queue.finished(first);
        assertEquals(2, waiting.get(5, TimeUnit.SECONDS).job().id());
    }

    @Test
    void aSlotRunsAsManyJobsPerPeriodAsTheirPaceAllows() throws InterruptedException {
        assertEquals(1, queue.jobsPerSlot(root, Duration.ofSeconds(1)));
        queue.add(root, List.of(job(1, 10)));
        queue.finished(queue.take());
        assertEquals(true, queue.jobsPerSlot(root, Duration.ofSeconds(1)) > 1);
    }

    @Test
    void closingHandsBackTheJobsNotStartedAndReleasesTheWorkers() throws InterruptedException {
        queue.add(root, List.of(job(1, 10), job(2, 10)));
        assertEquals(List.of(1L, 2L), queue.close().stream().map(ClaimedJob::id).sorted().toList());
        assertNull(queue.take());
    }
}

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

    private static final LocalJobQueue.BatchSizes ALONE = job -> 1;

    private final JobChannel root = new JobChannel("root", 2, false, null);
    private final JobChannel narrow = new JobChannel("root.narrow", 1, false, root);
    private final LocalJobQueue queue = new LocalJobQueue(List.of(root, narrow));

    private static ClaimedJob job(long id, int priority) {
        return new ClaimedJob(id, "uuid-" + id, "test", null, null, null, "{}", 1, 5, null, "root", priority, null, null);
    }

    @Test
    void theBestPriorityThenTheOldestComesFirst() throws InterruptedException {
        queue.add(root, List.of(job(3, 10), job(1, 10), job(2, 5)));
        assertEquals(2, queue.take(ALONE).job().id());
        assertEquals(1, queue.take(ALONE).job().id());
    }

    @Test
    void aFullChannelLetsTheOthersGoOn() throws Exception {
        queue.add(narrow, List.of(job(1, 10), job(2, 10)));
        LocalJobQueue.Taken first = queue.take(ALONE);
        assertEquals(1, first.job().id());
        queue.add(root, List.of(job(3, 10)));
        // root.narrow has no free slot: the next job comes from root, though root.narrow has one waiting
        assertEquals(3, queue.take(ALONE).job().id());

        CompletableFuture<LocalJobQueue.Taken> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return queue.take(ALONE);
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
        queue.finished(queue.take(ALONE));
        assertEquals(true, queue.jobsPerSlot(root, Duration.ofSeconds(1)) > 1);
    }

    private static ClaimedJob export(long id, int priority, String backend, Long recordId) {
        return new ClaimedJob(id, "uuid-" + id, "export", backend, "account.invoice", recordId, "{}", 1, 5, null, "root",
                priority, null, null);
    }

    @Test
    void aBatchTakesTheAlikeJobsBehindTheFirstInOrderUntilAnotherKindComes() throws InterruptedException {
        queue.add(root, List.of(export(1, 10, "shop-eu", 101L), export(2, 10, "shop-eu", 102L),
                export(3, 10, "shop-eu", 101L), export(4, 10, "shop-eu", 104L), export(5, 10, "shop-us", 105L),
                export(6, 10, "shop-eu", 106L), export(7, 20, "shop-eu", 107L)));
        LocalJobQueue.Taken first = queue.take(job -> 10);
        // job 3 is about a record the batch has already: the batch stops there, as it does at another backend's job
        assertEquals(List.of(1L, 2L), ids(first));
        assertEquals(1, root.free(), "a batch holds one slot");
        assertEquals(10, queue.batchSize(root));
        queue.finished(first);
        assertEquals(List.of(3L, 4L), ids(queue.take(job -> 2)));
        assertEquals(List.of(5L), ids(queue.take(job -> 2)));
    }

    private static List<Long> ids(LocalJobQueue.Taken taken) {
        return taken.jobs().stream().map(ClaimedJob::id).toList();
    }

    @Test
    void closingHandsBackTheJobsNotStartedAndReleasesTheWorkers() throws InterruptedException {
        queue.add(root, List.of(job(1, 10), job(2, 10)));
        assertEquals(List.of(1L, 2L), queue.close().stream().map(ClaimedJob::id).sorted().toList());
        assertNull(queue.take(ALONE));
    }
}

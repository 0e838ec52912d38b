package io.shopbridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.ErpFixtures;

/**
 * Not a test: what {@code bench/run} compares the job engine with. db-scheduler on the same PostgreSQL (the test
 * application's datasource), N ({@code bench.jobs}) no-op one-time tasks scheduled with {@code scheduleBatch} in
 * batches of 1,000, 4 threads, polling strategy lock-and-fetch (PostgreSQL's {@code SELECT ... FOR UPDATE SKIP LOCKED}
 * in one statement) fetching up to 4 × threads per poll, every 50 ms (the engine's poll period in this run). Tasks
 * per second from the first schedule to the last completion.
 */
@QuarkusTest
class DbSchedulerBench {

    static final int THREADS = 4;
    static final Duration POLLING = Duration.ofMillis(50);

    @Inject
    DataSource dataSource;

    @Inject
    ErpFixtures db;

    @Test
    void noopTasksPerSecond() {
        assumeTrue(BenchStore.isPostgresql(), "db-scheduler is measured on PostgreSQL");
        int n = Integer.getInteger("bench.jobs", 20_000);
        DbSchedulerTable.create(db);
        AtomicInteger completed = new AtomicInteger();
        long[] lastCompleted = new long[1];
        OneTimeTask<Void> noop = Tasks.oneTime("bench-noop").execute((instance, context) -> { });
        Scheduler scheduler = Scheduler.create(dataSource, noop).threads(THREADS).pollingInterval(POLLING)
                .pollUsingLockAndFetch(0.5, 4.0).addSchedulerListener(new AbstractSchedulerListener() {
                    @Override
                    public void onExecutionComplete(ExecutionComplete executionComplete) {
                        synchronized (lastCompleted) {
                            lastCompleted[0] = System.nanoTime();
                        }
                        completed.incrementAndGet();
                    }
                }).build();
        scheduler.start();
        try (MemoryWatch memory = MemoryWatch.start()) {
            long start = System.nanoTime();
            for (int done = 0; done < n; done += 1000) {
                List<TaskInstance<?>> batch = new ArrayList<>(1000);
                for (int i = done; i < Math.min(n, done + 1000); i++) {
                    batch.add(noop.instance(String.valueOf(i)));
                }
                scheduler.scheduleBatch(batch, Instant.now());
            }
            long enqueued = System.nanoTime();
            while (completed.get() < n) {
                LockSupport.parkNanos(50_000_000);
            }
            double seconds;
            synchronized (lastCompleted) {
                seconds = (lastCompleted[0] - start) / 1e9;
            }
            assertEquals(0L, db.value(Long.class, "SELECT COUNT(*) FROM scheduled_tasks"), "tasks left");
            memory.addTo(BenchFigures.of("engine").with("engine", "db-scheduler-16.7.1").with("store", "postgresql")
                    .with("threads", THREADS).with("n", n).with("seconds", seconds).with("jobs_per_s", n / seconds)
                    .with("enqueue_per_s", n / ((enqueued - start) / 1e9))
                    .with("polling", "lock-and-fetch_0.5-4.0_every_" + POLLING.toMillis() + "ms")).write();
        } finally {
            scheduler.stop();
        }
    }
}

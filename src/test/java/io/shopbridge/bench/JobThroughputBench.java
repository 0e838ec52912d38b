package io.shopbridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.job.JobQueue;
import io.shopbridge.connector.job.NewJob;
import io.shopbridge.support.ErpFixtures;

/**
 * Not a test: a benchmark run by bench/job-throughput.sh (surefire only runs it by name). Enqueues N no-op jobs in
 * batches of 1,000 (JobQueue.enqueueAll) and measures enqueue rate and jobs per second from the first enqueue to the last
 * done, and the CPU time the JVM used per 1,000 jobs meanwhile.
 */
@QuarkusTest
class JobThroughputBench {

    @Inject
    JobQueue queue;

    @Inject
    Transactions transactions;

    @Inject
    ErpFixtures db;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String store;

    @ConfigProperty(name = "bench.store-label")
    Optional<String> storeLabel;

    @ConfigProperty(name = "shopbridge.jobs.channels")
    String channels;

    @ConfigProperty(name = "shopbridge.jobs.prefetch")
    int prefetch;

    @Test
    void noopJobsPerSecond() throws IOException {
        int jobs = Integer.getInteger("bench.jobs", 20_000);
        db.update("DELETE FROM queue_job");
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        Duration cpuAtStart = processCpu();
        for (int done = 0; done < jobs; done += 1000) {
            int batch = Math.min(1000, jobs - done);
            List<NewJob> jobsOfBatch = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                jobsOfBatch.add(new NewJob("bench_noop", null, null, null, "{\"n\": 1}", 10, null, 5, null, "root",
                        null, null, null));
            }
            transactions.inTransaction(c -> queue.enqueueAll(c, jobsOfBatch));
        }
        long enqueued = System.nanoTime();
        // a slow poll keeps the counting query from competing with the engine; the end is the last done_at
        while (db.value(Long.class, "SELECT COUNT(*) FROM queue_job WHERE state = 'done'") < jobs) {
            LockSupport.parkNanos(200_000_000);
        }
        Duration cpu = processCpu().minus(cpuAtStart);
        Instant lastDone = db.value(OffsetDateTime.class, "SELECT MAX(done_at) FROM queue_job").toInstant();
        long end = start + Duration.between(startedAt, lastDone).toNanos();
        String line = String.format("%s store=%s channels=%s prefetch=%d cores=%d jobs=%d enqueue=%.0f/s end-to-end=%.0f jobs/s "
                + "(%.2f s) cpu=%.0f ms per 1000 jobs%n", Instant.now(), storeLabel.orElse(store), channels, prefetch,
                Runtime.getRuntime().availableProcessors(), jobs,
                jobs / ((enqueued - start) / 1e9), jobs / ((end - start) / 1e9), (end - start) / 1e9,
                cpu.toNanos() / 1e6 / (jobs / 1000.0));
        Path out = Path.of(System.getProperty("bench.out", "bench/results.txt"));
        Files.writeString(out, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.print("BENCH " + line);
    }

    /**
     * The CPU time this JVM has used: it moves less than the rate with what else the machine runs (on a shared
     * machine it still varies by a third), so that A/B pairs taken there say more. It includes the JIT compiler's.
     */
    private static Duration processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }
}

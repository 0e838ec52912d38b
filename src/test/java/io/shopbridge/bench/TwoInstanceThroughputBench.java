package io.shopbridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.EngineNodeProcess;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.MultiInstanceJobs;
import io.shopbridge.support.MultiInstanceRoutes;

/**
 * Not a test: a benchmark run by {@code bench/run} (surefire runs it only by name). No-op jobs per second from the
 * first enqueue to the last done with two engine instances on one PostgreSQL: this Quarkus application and an
 * {@code EngineNode} in a JVM of its own, each with root:4. N ({@code bench.jobs}) enqueued in batches of 1,000.
 */
@QuarkusTest
class TwoInstanceThroughputBench {

    @Inject
    MultiInstanceJobs jobs;

    @Inject
    ErpFixtures db;

    @AfterEach
    void stopTheOtherInstance() throws InterruptedException {
        jobs.cleanUp();
    }

    @Test
    void noopJobsPerSecondOnTwoInstances() throws Exception {
        assumeTrue(BenchStore.isPostgresql(), "two instances need a shared database server: PostgreSQL only");
        int n = Integer.getInteger("bench.jobs", 20_000);
        db.update("DELETE FROM queue_job");
        EngineNodeProcess other = jobs.setUp("bench", Duration.ofMinutes(5));
        try (MemoryWatch memory = MemoryWatch.start()) {
            memory.alsoWatch(ProcessHandle.current().children()
                    .filter(p -> p.info().commandLine().orElse("").contains("EngineNode"))
                    .mapToLong(ProcessHandle::pid).toArray());
            Instant startedAt = Instant.now();
            for (int done = 0; done < n; done += 1000) {
                jobs.enqueueNoops(Math.min(1000, n - done));
            }
            Duration enqueue = Duration.between(startedAt, Instant.now());
            while (jobs.count("done") < n) {
                LockSupport.parkNanos(200_000_000);
            }
            Instant lastDone = db.value(OffsetDateTime.class, "SELECT MAX(done_at) FROM queue_job WHERE name = ?",
                    MultiInstanceRoutes.JOB).toInstant();
            double seconds = Duration.between(startedAt, lastDone).toNanos() / 1e9;
            // a figure from an instance that failed its jobs' bookkeeping is no figure
            assertEquals(List.of(), other.errors(), "errors the other instance logged");
            memory.addTo(BenchFigures.of("engine").with("engine", "shopbridge-2-instances").with("store", "postgresql")
                    .with("threads", "2x4").with("n", n).with("seconds", seconds).with("jobs_per_s", n / seconds)
                    .with("enqueue_per_s", n / (enqueue.toNanos() / 1e9))).write();
        }
    }
}

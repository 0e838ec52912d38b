package io.shopbridge.connector.job;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.EngineNodeProcess;
import io.shopbridge.support.MultiInstanceJobs;
import io.shopbridge.support.MultiInstanceJobs.Run;

/**
 * An instance stopped (SIGTERM, as in a rolling restart) lets its running jobs end and gives back the ones it claimed
 * ahead at once, not after its lease: nothing is left held, nothing is failed, and every job still runs exactly once.
 */
@QuarkusTest
class JobInstanceStoppedGracefullyTest {

    private static final int JOBS = 1_000;

    @Inject
    MultiInstanceJobs jobs;

    private EngineNodeProcess stopping;

    @BeforeEach
    void startTheInstanceToStop() throws Exception {
        // far longer than the test: only a give-back can free its jobs in time
        stopping = jobs.setUp("stopped-gracefully", Duration.ofMinutes(10));
    }

    @AfterEach
    void cleanUp() throws Exception {
        jobs.cleanUp();
    }

    @Test
    void theJobsItClaimedAheadAreGivenBackAndEachJobRunsOnce() throws Exception {
        jobs.enqueue(JOBS, 20);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> !jobs.claimedBy(stopping.instance()).isEmpty() && jobs.runs().stream()
                        .filter(r -> r.instance().equals(stopping.instance())).count() >= 20);
        stopping.stop();

        assertEquals(List.of(), jobs.claimedBy(stopping.instance()), "jobs the stopped instance still holds");
        jobs.awaitNoneWaitingOrRunning(Duration.ofMinutes(2));
        assertEquals(JOBS, jobs.count("done"), "jobs done, of " + JOBS);
        List<Run> runs = jobs.runs();
        assertEquals(JOBS, runs.size(), "runs: one per job");
        assertEquals(JOBS, runs.stream().map(Run::uuid).distinct().count(), "jobs run");
    }
}

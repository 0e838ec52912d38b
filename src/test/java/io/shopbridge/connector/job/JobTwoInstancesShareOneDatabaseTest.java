package io.shopbridge.connector.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.EngineNodeProcess;
import io.shopbridge.support.MultiInstanceJobs;
import io.shopbridge.support.MultiInstanceJobs.Run;
import io.shopbridge.support.MultiInstanceRoutes;

/**
 * Two instances on one PostgreSQL database, each in its own process (this test application, and an EngineNode),
 * share the jobs: every job runs once, neither zero times nor twice, and both instances run some.
 */
@QuarkusTest
class JobTwoInstancesShareOneDatabaseTest {

    private static final int JOBS = 5_000;

    @Inject
    MultiInstanceJobs jobs;

    private EngineNodeProcess other;

    @BeforeEach
    void startTheOtherInstance() throws Exception {
        // a lease long enough that no pause of either JVM lets a live instance's jobs be taken back
        other = jobs.setUp("two-instances", Duration.ofMinutes(1));
    }

    @AfterEach
    void stopTheOtherInstance() throws Exception {
        jobs.cleanUp();
    }

    @Test
    void everyJobRunsExactlyOnceAndBothInstancesRunSome() throws Exception {
        // a millisecond of work each keeps the queue from draining before the other instance's next poll
        jobs.enqueue(JOBS, 1);
        jobs.awaitNoneWaitingOrRunning(Duration.ofMinutes(3));

        assertEquals(JOBS, jobs.count("done"), "jobs done, of " + JOBS + " (none failed or left waiting)");
        List<Run> runs = jobs.runs();
        assertEquals(JOBS, runs.size(), "runs: one per job");
        assertEquals(JOBS, runs.stream().map(Run::uuid).distinct().count(), "jobs run");
        Map<String, Long> byInstance = runs.stream().collect(Collectors.groupingBy(Run::instance,
                Collectors.counting()));
        assertTrue(byInstance.getOrDefault(MultiInstanceRoutes.INSTANCE, 0L) > 0,
                "this instance ran none: " + byInstance);
        assertTrue(byInstance.getOrDefault(other.instance(), 0L) > 0, "the other instance ran none: " + byInstance);
        assertEquals(List.of(), other.errors(), "errors the other instance logged");
    }
}

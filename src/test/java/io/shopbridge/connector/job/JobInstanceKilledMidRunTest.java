package io.shopbridge.connector.job;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Set;
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
 * An instance killed (SIGKILL) while it holds jobs, some running, some claimed ahead, loses none: once its lease
 * expires, this instance's maintenance takes them back and runs them, and every job ends done.
 */
@QuarkusTest
class JobInstanceKilledMidRunTest {

    private static final int JOBS = 1_000;

    @Inject
    MultiInstanceJobs jobs;

    private EngineNodeProcess doomed;

    @BeforeEach
    void startTheInstanceToKill() throws Exception {
        // short, so that its jobs come back within the test; it renews every 500 ms while alive
        doomed = jobs.setUp("killed-mid-run", Duration.ofSeconds(2));
    }

    @AfterEach
    void cleanUp() throws Exception {
        jobs.cleanUp();
    }

    @Test
    void theJobsOfAKilledInstanceAreTakenBackAndAllEndDone() throws Exception {
        // 20 ms each: the killed instance is sure to be in the middle of some, with more claimed ahead
        jobs.enqueue(JOBS, 20);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> jobs.runs().stream().filter(r -> r.instance().equals(doomed.instance())).count() >= 20);
        doomed.kill();
        // its last batch of ends may still be committing: what it held is what is left once its sessions are gone
        jobs.awaitSessionsEnded(EngineNode.APPLICATION_NAME);
        List<String> held = jobs.claimedBy(doomed.instance());
        assertFalse(held.isEmpty(), "the killed instance held no job: nothing to take back");

        jobs.awaitNoneWaitingOrRunning(Duration.ofMinutes(2));

        assertEquals(JOBS, jobs.count("done"), "jobs done, of " + JOBS);
        List<Run> runs = jobs.runs();
        assertEquals(JOBS, runs.stream().map(Run::uuid).distinct().count(), "jobs run");
        Set<String> ranHere = runs.stream().filter(r -> r.instance().equals(MultiInstanceRoutes.INSTANCE))
                .map(Run::uuid).collect(Collectors.toSet());
        assertEquals(List.of(), held.stream().filter(uuid -> !ranHere.contains(uuid)).toList(),
                "jobs the killed instance held that this one never ran");
    }
}

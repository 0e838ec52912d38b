package io.shopbridge.connector.job;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.TestClock;
import io.shopbridge.support.TestJobRoutes;

/**
 * A job running past its timeout is interrupted, its outcome is a timeout retried as its pattern says, and one that
 * ignores the interrupt is shown overdue on the job while it runs on.
 */
@QuarkusTest
class JobTimeoutTest {

    private static final String STUCK = "job:test_stuck?timeout=2m&maxRetries=1";
    private static final Duration PAST_TIMEOUT = Duration.ofMinutes(3);

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aJobPastItsTimeoutIsInterruptedRetriedThenFailed() {
        String uuid = enqueue(Map.of("interruptible", true));
        awaitStarted(uuid, 1);
        clock.advance(PAST_TIMEOUT);
        awaitStarted(uuid, 2);
        clock.advance(PAST_TIMEOUT);
        jobs.awaitState(uuid, "failed");
        assertEquals(2, jobs.attempts(uuid));
        assertEquals("gave up after 2 attempts: timed out after 120000 ms", jobs.column(uuid, "error"));
    }

    @Test
    void aJobIgnoringTheInterruptIsShownOverdueAndItsOutcomeIsATimeout() {
        String uuid = enqueue(Map.of("interruptible", false));
        awaitStarted(uuid, 1);
        clock.advance(PAST_TIMEOUT);
        awaitOverdue(uuid);
        // it ends well, too late: the attempt counts as timed out
        TestJobRoutes.STUCK.release();
        awaitStarted(uuid, 2);
        clock.advance(PAST_TIMEOUT);
        awaitOverdue(uuid);
        TestJobRoutes.STUCK.release();
        jobs.awaitState(uuid, "failed");
        assertEquals("gave up after 2 attempts: timed out after 120000 ms", jobs.column(uuid, "error"));
    }

    /** The attempt has started and is not yet overdue: its deadline is the clock's now plus its timeout. */
    private void awaitStarted(String uuid, int attempt) {
        await().atMost(Duration.ofSeconds(10)).until(() -> "started".equals(jobs.state(uuid))
                && jobs.attempts(uuid) == attempt
                && !String.valueOf(jobs.column(uuid, "error")).contains("running longer than its timeout"));
    }

    private void awaitOverdue(String uuid) {
        await().atMost(Duration.ofSeconds(10)).until(() -> "started".equals(jobs.state(uuid))
                && String.valueOf(jobs.column(uuid, "error")).contains("running longer than its timeout of 120000 ms"));
    }

    private String enqueue(Map<String, Object> args) {
        return producer.request(STUCK, exchange -> exchange.getMessage().setBody(args)).getMessage()
                .getHeader(JobHeaders.UUID, String.class);
    }
}

package io.shopbridge.connector.job;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.TestJobRoutes;

/**
 * A job running past its timeout is interrupted, its outcome is a timeout retried as its pattern says, and one that
 * ignores the interrupt is shown overdue on the job while it runs on.
 */
@QuarkusTest
class JobTimeoutTest {

    private static final String STUCK = "job:test_stuck?timeout=300ms&maxRetries=1";

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

    @Test
    void aJobPastItsTimeoutIsInterruptedRetriedThenFailed() {
        String uuid = enqueue(Map.of("interruptible", true));
        jobs.awaitState(uuid, "failed");
        assertEquals(2, jobs.attempts(uuid));
        assertEquals("gave up after 2 attempts: timed out after 300 ms", jobs.column(uuid, "error"));
    }

    @Test
    void aJobIgnoringTheInterruptIsShownOverdueAndItsOutcomeIsATimeout() {
        String uuid = enqueue(Map.of("interruptible", false));
        awaitOverdue(uuid);
        // it ends well, too late: the attempt counts as timed out
        TestJobRoutes.STUCK.release();
        await().atMost(Duration.ofSeconds(10)).until(() -> jobs.attempts(uuid) == 2);
        awaitOverdue(uuid);
        TestJobRoutes.STUCK.release();
        jobs.awaitState(uuid, "failed");
        assertEquals("gave up after 2 attempts: timed out after 300 ms", jobs.column(uuid, "error"));
    }

    private void awaitOverdue(String uuid) {
        await().atMost(Duration.ofSeconds(10)).until(() -> "started".equals(jobs.state(uuid))
                && String.valueOf(jobs.column(uuid, "error")).contains("running longer than its timeout of 300 ms"));
    }

    private String enqueue(Map<String, Object> args) {
        return producer.request(STUCK, exchange -> exchange.getMessage().setBody(args)).getMessage()
                .getHeader(JobHeaders.UUID, String.class);
    }
}

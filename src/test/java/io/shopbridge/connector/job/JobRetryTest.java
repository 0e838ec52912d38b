package io.shopbridge.connector.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.JobRows;

/** Retryable errors run the job again following its retry pattern, until it passes or its retries run out. */
@QuarkusTest
class JobRetryTest {

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

    @Test
    void aRetryableErrorIsRetriedUntilTheJobPasses() {
        String uuid = enqueue("job:test_flaky?retryPattern=1:50ms", 2);
        jobs.awaitState(uuid, "done");
        assertEquals("passed on attempt 3", jobs.column(uuid, "result"));
        assertEquals(3, jobs.attempts(uuid));
    }

    @Test
    void retriesRunOutAndTheJobFailsWithTheLastError() {
        String uuid = enqueue("job:test_flaky?maxRetries=2&retryPattern=1:50ms", 10);
        jobs.awaitState(uuid, "failed");
        assertEquals(3, jobs.attempts(uuid));
        assertEquals("gave up after 3 attempts: backend busy", jobs.column(uuid, "error"));
    }

    @Test
    void theRetryPatternPicksTheDelayOfTheAttempt() {
        RetryPattern pattern = RetryPattern.parse("{1: 10s, 5: 60s, 10: 600s}", 0);
        assertEquals(10, pattern.delayAfter(1).toSeconds());
        assertEquals(10, pattern.delayAfter(4).toSeconds());
        assertEquals(60, pattern.delayAfter(5).toSeconds());
        assertEquals(600, pattern.delayAfter(42).toSeconds());
        long jittered = RetryPattern.parse("1:10s", 0.2).delayAfter(1).toMillis();
        assertEquals(true, jittered >= 8000 && jittered <= 12000, "jittered delay " + jittered);
    }

    private String enqueue(String uri, int failures) {
        return producer.request(uri, exchange -> exchange.getMessage().setBody(Map.of("failures", failures)))
                .getMessage().getHeader(JobHeaders.UUID, String.class);
    }
}

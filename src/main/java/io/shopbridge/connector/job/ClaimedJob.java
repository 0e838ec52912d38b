package io.shopbridge.connector.job;

import java.time.Duration;
import java.time.Instant;

/**
 * A job this instance has claimed (state enqueued or started, leased to it) and is about to run; {@code createdAt} is
 * when it was enqueued, for the event-to-done latency.
 */
public record ClaimedJob(long id, String uuid, String name, String backendId, String model, Long recordId,
        String argsJson, int attempt, int maxRetries, String retryPattern, String channel, int priority,
        Long timeoutMs, Instant createdAt) {

    /** Whether a retryable failure of this attempt may be retried. */
    public boolean mayRetry() {
        return maxRetries == 0 || attempt <= maxRetries;
    }

    /** How long this job may run, or null for the engine's default. */
    public Duration timeout() {
        return timeoutMs == null ? null : Duration.ofMillis(timeoutMs);
    }
}

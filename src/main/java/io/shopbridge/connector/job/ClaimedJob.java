package io.shopbridge.connector.job;

/** A job this instance has claimed (state started, leased to it) and is about to run. */
public record ClaimedJob(long id, String uuid, String name, String backendId, String model, Long recordId,
        String argsJson, int attempt, int maxRetries, String retryPattern, String channel) {

    /** Whether a retryable failure of this attempt may be retried. */
    public boolean mayRetry() {
        return maxRetries == 0 || attempt <= maxRetries;
    }
}

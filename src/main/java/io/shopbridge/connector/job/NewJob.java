package io.shopbridge.connector.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A job to enqueue: what to run ({@code name}, for which backend, on which record, with which JSON args) and how
 * (priority: lower runs first; eta: not before; maxRetries: 0 retries forever; retryPattern: null for the default;
 * identityKey: a pending job with the same key makes this one a no-op; dependsOn: uuids of jobs that must be done
 * first, the job waits in state wait_dependencies until they are; timeout: how long one attempt may run, null for the
 * engine's default).
 */
public record NewJob(String name, String backendId, String model, Long recordId, String argsJson, int priority,
        Instant eta, int maxRetries, String retryPattern, String channel, String identityKey, String description,
        List<String> dependsOn, Duration timeout) {

    /** A job with the engine's default timeout. */
    public NewJob(String name, String backendId, String model, Long recordId, String argsJson, int priority,
            Instant eta, int maxRetries, String retryPattern, String channel, String identityKey, String description,
            List<String> dependsOn) {
        this(name, backendId, model, recordId, argsJson, priority, eta, maxRetries, retryPattern, channel, identityKey,
                description, dependsOn, null);
    }

    public NewJob {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A job needs a name");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0 (0 retries forever): " + maxRetries);
        }
        if (retryPattern != null) {
            RetryPattern.parse(retryPattern, 0);
        }
        channel = channel == null || channel.isBlank() ? "root" : channel;
        JobChannels.validateName(channel);
        argsJson = argsJson == null ? "{}" : argsJson;
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("A job timeout must be positive: " + timeout);
        }
    }

    /** backend|model|record: jobs sharing it never run at the same time; null when the job concerns no record. */
    public String recordKey() {
        return recordId == null ? null : backendId + "|" + model + "|" + recordId;
    }
}

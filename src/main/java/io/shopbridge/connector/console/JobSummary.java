package io.shopbridge.connector.console;

import java.time.Instant;

/** One line of the jobs list; {@code error} is the first few hundred characters of the job's error. */
public record JobSummary(long id, String uuid, String name, String state, String channel, String backend,
        String model, Long record, int attempts, int maxRetries, Instant createdAt, Instant eta, Instant doneAt,
        String error) {
}

package io.shopbridge.connector.job;

import java.time.Instant;

/** A claimed job a worker began to run at {@code at}. */
public record StartedJob(ClaimedJob job, Instant at) {
}

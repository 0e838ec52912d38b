package io.shopbridge.connector.job;

import java.time.Instant;

/** A job that ran to its end: what it returned, when it started and when it finished. */
public record FinishedJob(ClaimedJob job, String result, Instant startedAt, Instant doneAt) {
}

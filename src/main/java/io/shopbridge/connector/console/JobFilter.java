package io.shopbridge.connector.console;

import java.time.Instant;

/**
 * What the console's jobs list shows: every field null means any. {@code before} is the keyset of the page: only jobs
 * with a smaller id, so a page costs the same at the end of 100,000 jobs as at their start.
 */
public record JobFilter(String state, String channel, String name, String backend, String model, Long record,
        Instant since, Instant until, Long before, int limit) {

    public static final int MAX_LIMIT = 500;
}

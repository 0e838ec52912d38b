package io.shopbridge.connector.console;

import java.time.Instant;
import java.util.List;

/** Everything the console shows of one job, with the jobs it waits for and the jobs waiting for it. */
public record JobDetail(JobSummary summary, String description, int priority, String args, String result,
        String error, String trace, String worker, Instant leaseUntil, Instant startedAt, String retryPattern,
        List<JobLink> dependsOn, List<JobLink> dependents) {
}

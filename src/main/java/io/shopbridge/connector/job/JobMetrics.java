package io.shopbridge.connector.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The jobs' histograms: how long a run took, by job name and outcome ({@code shopbridge.jobs.duration}), and how long
 * a job took from its enqueueing, which for the shops' jobs is the outbox event's, to done
 * ({@code shopbridge.jobs.latency}, retries included), and how many jobs each run of a route carried
 * ({@code shopbridge.jobs.batch.size}): a job run in a batch counts the batch's whole run as its duration, which this
 * puts in proportion.
 */
@ApplicationScoped
public class JobMetrics {

    public static final String DURATION = "shopbridge.jobs.duration";
    public static final String LATENCY = "shopbridge.jobs.latency";
    public static final String BATCH_SIZE = "shopbridge.jobs.batch.size";

    public enum Outcome {
        DONE, RETRIED, FAILED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Inject
    MeterRegistry meters;

    /** A route starts a run for {@code jobs} jobs of one name: 1 for a job run alone. */
    void routeRuns(String jobName, int jobs) {
        DistributionSummary.builder(BATCH_SIZE)
                .description("How many jobs one run of a route carried, by job name (1: a job run alone)")
                .baseUnit("jobs")
                .tags("name", jobName)
                .register(meters)
                .record(jobs);
    }

    void ran(ClaimedJob job, Instant startedAt, Outcome outcome) {
        Instant now = Instant.now();
        Timer.builder(DURATION)
                .description("How long one run of a job took, by job name and outcome")
                .tags("name", job.name(), "outcome", outcome.tag())
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofMinutes(15))
                .register(meters)
                .record(Duration.between(startedAt, now));
        if (outcome == Outcome.DONE && job.createdAt() != null) {
            Timer.builder(LATENCY)
                    .description("From a job's enqueueing (an ERP change's outbox event) to done, by job name")
                    .tags("name", job.name())
                    .publishPercentileHistogram()
                    .maximumExpectedValue(Duration.ofHours(1))
                    .register(meters)
                    .record(Duration.between(job.createdAt(), now));
        }
    }
}

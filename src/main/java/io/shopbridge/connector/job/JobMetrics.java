package io.shopbridge.connector.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The jobs' histograms: how long a run took, by job name and outcome ({@code shopbridge.jobs.duration}), and how long
 * a job took from its enqueueing, which for the shops' jobs is the outbox event's, to done
 * ({@code shopbridge.jobs.latency}, retries included).
 */
@ApplicationScoped
public class JobMetrics {

    public static final String DURATION = "shopbridge.jobs.duration";
    public static final String LATENCY = "shopbridge.jobs.latency";

    public enum Outcome {
        DONE, RETRIED, FAILED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Inject
    MeterRegistry meters;

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

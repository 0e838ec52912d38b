package io.shopbridge.connector.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.MetricsPage;
import io.shopbridge.support.TestJobRoutes;

/**
 * A route with the endpoint option batchSize receives the jobs claimed together as one batch, and each job still ends
 * on its own: done, failed or retried by its own outcome. A batch failing as a whole is retried as a whole when the
 * failure is retryable, and otherwise run again job by job, so that the job that broke it is found.
 */
@QuarkusTest
class JobBatchTest {

    private static final String BACKEND = "batch-test";
    private static final String RUNS = "shopbridge_jobs_batch_size_jobs_count{name=\"test_batch\"}";
    private static final String JOBS_IN_RUNS = "shopbridge_jobs_batch_size_jobs_sum{name=\"test_batch\"}";
    private static final AtomicLong RECORDS = new AtomicLong(System.nanoTime() % 1_000_000 * 1000);

    @Inject
    ProducerTemplate producer;

    @Inject
    JobPauses pauses;

    @Inject
    JobRows jobs;

    @BeforeEach
    void aJobRunAloneFirst() {
        // as a route's first job does, it runs alone and teaches the channel how many its route takes at once
        jobs.awaitState(enqueue(Map.of("n", 0)), "done");
        TestJobRoutes.BATCH_SIZES.clear();
    }

    @Test
    void eachJobOfABatchEndsWithItsOwnOutcome() {
        String page = MetricsPage.read();
        double runsBefore = MetricsPage.value(page, RUNS);
        double jobsBefore = MetricsPage.value(page, JOBS_IN_RUNS);
        List<String> uuids = enqueueTogether(List.of(Map.of("n", 1), Map.of("n", 2, "refuse", true), Map.of("n", 3),
                Map.of("n", 4), Map.of("n", 5)));
        jobs.awaitState(uuids.get(1), "failed");
        for (int i : List.of(0, 2, 3, 4)) {
            jobs.awaitState(uuids.get(i), "done");
            assertEquals("batched " + (i + 1), jobs.column(uuids.get(i), "result"));
        }
        assertEquals("refused 2", jobs.column(uuids.get(1), "error"));
        assertEquals(1, jobs.attempts(uuids.get(1)));
        assertEquals(List.of(5), TestJobRoutes.BATCH_SIZES);
        page = MetricsPage.read();
        assertEquals(runsBefore + 1, MetricsPage.value(page, RUNS), "one run of the route");
        assertEquals(jobsBefore + 5, MetricsPage.value(page, JOBS_IN_RUNS), "carrying the five jobs");
    }

    @Test
    void aBatchThatFailsAsAWholeRunsItsJobsOneByOne() {
        List<String> uuids = enqueueTogether(List.of(Map.of("n", 1), Map.of("n", 2, "breaks", true), Map.of("n", 3)));
        for (int i = 0; i < uuids.size(); i++) {
            jobs.awaitState(uuids.get(i), "done");
            assertEquals("alone " + (i + 1), jobs.column(uuids.get(i), "result"));
            assertEquals(1, jobs.attempts(uuids.get(i)));
        }
        assertEquals(List.of(3, 1, 1, 1), TestJobRoutes.BATCH_SIZES);
    }

    @Test
    void aRetryableFailureOfTheBatchRetriesEachOfItsJobs() {
        List<String> uuids = enqueueTogether(List.of(Map.of("n", 1), Map.of("n", 2, "busyOnce", true)),
                "?retryPattern=1:50ms");
        for (int i = 0; i < uuids.size(); i++) {
            jobs.awaitState(uuids.get(i), "done");
            assertEquals(2, jobs.attempts(uuids.get(i)), "attempts of job " + (i + 1));
        }
        assertEquals(2, TestJobRoutes.BATCH_SIZES.get(0));
    }

    private List<String> enqueueTogether(List<Map<String, Object>> args) {
        return enqueueTogether(args, "");
    }

    /** Enqueued while their backend is paused: the resume lets them be claimed in one go. */
    private List<String> enqueueTogether(List<Map<String, Object>> args, String options) {
        List<String> uuids = new ArrayList<>();
        pauses.pauseBackend(BACKEND, "test", "claimed together once resumed");
        try {
            args.forEach(arg -> uuids.add(enqueue(arg, options)));
        } finally {
            pauses.resumeBackend(BACKEND);
        }
        return uuids;
    }

    private String enqueue(Map<String, Object> args) {
        return enqueue(args, "");
    }

    private String enqueue(Map<String, Object> args, String options) {
        return producer.request("job:test_batch" + options, exchange -> {
            exchange.getMessage().setBody(args);
            exchange.getMessage().setHeader(JobHeaders.BACKEND, BACKEND);
            exchange.getMessage().setHeader(JobHeaders.RECORD_ID, RECORDS.incrementAndGet());
        }).getMessage().getHeader(JobHeaders.UUID, String.class);
    }
}

package io.shopbridge.connector.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.backend.BackendMonitor;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.MetricsPage;

/**
 * The histograms at {@code /q/metrics} move: a job's run (by name and outcome), its time from enqueueing to done, and
 * the shop's calls (by method and outcome: the health probe's read here), each with its percentile buckets.
 */
@QuarkusTest
class JobHistogramsTest {

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

    @Inject
    ErpFixtures erp;

    @Inject
    BackendMonitor monitor;

    @Test
    void aJobsRunAndItsLatencyAreCounted() {
        String duration = "shopbridge_jobs_duration_seconds_count{name=\"test_noop\",outcome=\"done\"}";
        String latency = "shopbridge_jobs_latency_seconds_count{name=\"test_noop\"}";
        double durationBefore = MetricsPage.value(duration);
        double latencyBefore = MetricsPage.value(latency);

        String uuid = producer.request("job:test_noop", exchange -> exchange.getMessage().setBody(Map.of()))
                .getMessage().getHeader(JobHeaders.UUID, String.class);
        jobs.awaitState(uuid, "done");

        String after = MetricsPage.read();
        assertEquals(durationBefore + 1, MetricsPage.value(after, duration));
        assertEquals(latencyBefore + 1, MetricsPage.value(after, latency));
        assertTrue(after.contains("shopbridge_jobs_duration_seconds_bucket{name=\"test_noop\",outcome=\"done\",le="),
                "percentile buckets are published");
    }

    @Test
    void theShopsCallsAreTimedByMethodAndOutcome() {
        erp.backend("shop-eu", "1.7");
        String reads = "shopbridge_backend_calls_seconds_count{backend=\"shop-eu\",method=\"customer_group.list\","
                + "outcome=\"success\"}";
        double before = MetricsPage.value(reads);
        monitor.refresh();
        assertTrue(MetricsPage.value(reads) >= before + 1);
        assertTrue(MetricsPage.read().contains("shopbridge_backend_calls_seconds_bucket{backend=\"shop-eu\","
                + "method=\"customer_group.list\",outcome=\"success\",le="));
    }
}

package io.shopbridge.connector.job;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.backend.BackendMonitor;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;

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
        double durationBefore = value(metrics(), duration);
        double latencyBefore = value(metrics(), latency);

        String uuid = producer.request("job:test_noop", exchange -> exchange.getMessage().setBody(Map.of()))
                .getMessage().getHeader(JobHeaders.UUID, String.class);
        jobs.awaitState(uuid, "done");

        String after = metrics();
        assertEquals(durationBefore + 1, value(after, duration));
        assertEquals(latencyBefore + 1, value(after, latency));
        assertTrue(after.contains("shopbridge_jobs_duration_seconds_bucket{name=\"test_noop\",outcome=\"done\",le="),
                "percentile buckets are published");
    }

    @Test
    void theShopsCallsAreTimedByMethodAndOutcome() {
        erp.backend("shop-eu", "1.7");
        String reads = "shopbridge_backend_calls_seconds_count{backend=\"shop-eu\",method=\"customer_group.list\","
                + "outcome=\"success\"}";
        double before = value(metrics(), reads);
        monitor.refresh();
        assertTrue(value(metrics(), reads) >= before + 1);
        assertTrue(metrics().contains("shopbridge_backend_calls_seconds_bucket{backend=\"shop-eu\","
                + "method=\"customer_group.list\",outcome=\"success\",le="));
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sample's value, 0 while the series does not exist yet. */
    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}

package io.shopbridge.connector.job;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.JobRows;

/**
 * The queue's figures reach JMX (an MBean per channel and one for the queue) and the metrics endpoint: counts per
 * state from the database, this instance's enqueued and done jobs counted as they happen and given per second.
 */
@QuarkusTest
class JobQueueStatsTest {

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

    @Inject
    JobCounters counters;

    @Test
    void channelsAndTheQueueAreMBeansWithCountsPerState() throws Exception {
        String uuid = producer.request("job:test_throws?channel=root.magento.stats",
                exchange -> exchange.getMessage().setBody(Map.of())).getMessage().getHeader(JobHeaders.UUID,
                        String.class);
        jobs.awaitState(uuid, "failed");
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName magento = new ObjectName("io.shopbridge:type=JobChannel,name=\"root.magento\"");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> (Long) server.getAttribute(magento, "Failed") >= 1);
        assertEquals(2, server.getAttribute(magento, "Capacity"));
        assertEquals(4, server.getAttribute(new ObjectName("io.shopbridge:type=JobChannel,name=\"root\""), "Capacity"));
        await().atMost(Duration.ofSeconds(10)).until(() -> (Long) server.getAttribute(
                new ObjectName("io.shopbridge:type=JobQueue"), "Failed") >= 1);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("shopbridge_jobs{channel=\"root.magento\",state=\"failed\"}"));
        jobs.setState(uuid, "cancelled");
    }

    @Test
    void enqueuedAndDoneJobsAreCountedAndGivenPerSecond() throws Exception {
        ObjectName queue = new ObjectName("io.shopbridge:type=JobQueue");
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        long enqueuedBefore = counters.total("root.magento", JobCounters.Outcome.ENQUEUED);
        long doneBefore = counters.total("root.magento", JobCounters.Outcome.DONE);
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            uuids.add(producer.request("job:test_noop?channel=root.magento.rates",
                    exchange -> exchange.getMessage().setBody(Map.of("n", n))).getMessage()
                    .getHeader(JobHeaders.UUID, String.class));
        }
        uuids.forEach(uuid -> jobs.awaitState(uuid, "done"));
        assertEquals(enqueuedBefore + 20, counters.total("root.magento", JobCounters.Outcome.ENQUEUED));
        assertEquals(doneBefore + 20, counters.total("root.magento", JobCounters.Outcome.DONE));
        // an average over the last minute: the jobs just done show in it
        await().atMost(Duration.ofSeconds(10))
                .until(() -> (Double) server.getAttribute(queue, "DonePerSecond") > 0.0);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("shopbridge_jobs_outcomes_total{channel=\"root.magento\",outcome=\"done\"}"))
                .body(containsString("shopbridge_jobs_per_second{channel=\"root.magento\",outcome=\"enqueued\"}"));
    }
}

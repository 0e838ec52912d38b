package io.shopbridge.connector.job;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.JobRows;

/** The queue's figures reach JMX (an MBean per channel and one for the queue) and the metrics endpoint. */
@QuarkusTest
class JobQueueStatsTest {

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

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
}

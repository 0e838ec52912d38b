package io.shopbridge.connector.job;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.TestJobRoutes;

/** A job waits for the jobs it depends on: chains (customer, then order) and groups then one job. */
@QuarkusTest
class JobDependencyTest {

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

    @Test
    void aChainedJobWaitsUntilItsDependencyIsDone() {
        String customer = enqueue("job:test_gated", Map.of("group", "chain"), null);
        String order = enqueue("job:test_noop", Map.of("n", 3), customer);
        assertEquals("wait_dependencies", jobs.state(order));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> "wait_dependencies".equals(jobs.state(order)));
        TestJobRoutes.GATE.release();
        jobs.awaitState(customer, "done");
        jobs.awaitState(order, "done");
    }

    @Test
    void aJobAfterAGroupWaitsForEveryMember() {
        String first = enqueue("job:test_gated", Map.of("group", "group"), null);
        String second = enqueue("job:test_gated", Map.of("group", "group", "i", 2), null);
        String after = enqueue("job:test_noop", Map.of("n", 4), List.of(first, second));
        TestJobRoutes.GATE.release();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "done".equals(jobs.state(first)) || "done".equals(jobs.state(second)));
        assertEquals("wait_dependencies", jobs.state(after));
        TestJobRoutes.GATE.release();
        jobs.awaitState(after, "done");
    }

    @Test
    void dependingOnAnUnknownJobIsRefused() {
        Exception refused = producer.request("job:test_noop",
                exchange -> exchange.getMessage().setHeader(JobHeaders.DEPENDS_ON, "no-such-uuid")).getException();
        assertEquals("A job cannot depend on unknown job no-such-uuid", refused.getMessage());
    }

    private String enqueue(String uri, Map<String, Object> args, Object dependsOn) {
        return producer.request(uri, exchange -> {
            exchange.getMessage().setBody(args);
            if (dependsOn != null) {
                exchange.getMessage().setHeader(JobHeaders.DEPENDS_ON, dependsOn);
            }
        }).getMessage().getHeader(JobHeaders.UUID, String.class);
    }
}

package io.shopbridge.connector.job;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.TestJobRoutes;

/**
 * Channels bound how many jobs run at once (test config: root:4, root.narrow:1, root.queue:1:sequential), never two
 * jobs of one record run together, and a full channel does not stop the others.
 */
@QuarkusTest
class JobChannelCapacityTest {

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

    @Test
    void aChannelOfCapacityOneRunsItsJobsOneAtATimeWhileOthersGoOn() {
        List<String> narrow = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            narrow.add(enqueue("job:test_gated?channel=root.narrow.sub", Map.of("group", "narrow"), null));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> running("narrow") == 1);
        // a flood on root.narrow does not stop root
        String other = enqueue("job:test_noop", Map.of("n", 1), null);
        jobs.awaitState(other, "done");
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> running("narrow") == 1);

        TestJobRoutes.GATE.release(3);
        narrow.forEach(uuid -> jobs.awaitState(uuid, "done"));
        assertEquals(1, TestJobRoutes.MAX_RUNNING.get("narrow").get());
    }

    @Test
    void jobsOfOneRecordNeverRunTogether() {
        List<String> sameRecord = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sameRecord.add(enqueue("job:test_gated", Map.of("group", "record", "i", i), 4242L));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> running("record") == 1);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> running("record") == 1);
        TestJobRoutes.GATE.release(3);
        sameRecord.forEach(uuid -> jobs.awaitState(uuid, "done"));
        assertEquals(1, TestJobRoutes.MAX_RUNNING.get("record").get());
    }

    @Test
    void aFailedJobHoldsItsSequentialChannel() {
        String failing = enqueue("job:test_throws?channel=root.queue", Map.of(), null);
        jobs.awaitState(failing, "failed");
        String next = enqueue("job:test_noop?channel=root.queue", Map.of("n", 2), null);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> "pending".equals(jobs.state(next)));
        jobs.setState(failing, "cancelled");
        jobs.awaitState(next, "done");
    }

    private int running(String group) {
        return TestJobRoutes.RUNNING.getOrDefault(group, new java.util.concurrent.atomic.AtomicInteger()).get();
    }

    private String enqueue(String uri, Map<String, Object> args, Long recordId) {
        Map<String, Object> headers = new HashMap<>();
        if (recordId != null) {
            headers.put(JobHeaders.BACKEND, "test");
            headers.put(JobHeaders.MODEL, "test.record");
            headers.put(JobHeaders.RECORD_ID, recordId);
        }
        return producer.request(uri, exchange -> {
            exchange.getMessage().setBody(args);
            exchange.getMessage().setHeaders(headers);
        }).getMessage().getHeader(JobHeaders.UUID, String.class);
    }
}

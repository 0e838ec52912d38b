package io.shopbridge.connector.job;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.TestJobRoutes;

/**
 * An instance claims ahead only what its slots run in one poll period: jobs that run long stay pending, free for any
 * instance with a free slot, instead of waiting in this one's local queue.
 */
@QuarkusTest
class JobLongJobsNotClaimedAheadTest {

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

    @Inject
    ErpFixtures db;

    @Test
    void whileALongJobRunsAtMostOneMoreIsClaimedAhead() {
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            uuids.add(producer.request("job:test_stuck?channel=root.narrow.long",
                    exchange -> exchange.getMessage().setBody(Map.of("interruptible", true))).getMessage()
                    .getHeader(JobHeaders.UUID, String.class));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> count(uuids, "started") == 1);
        // let the first end: the channel has now seen how long its jobs take
        TestJobRoutes.STUCK.release();
        await().atMost(Duration.ofSeconds(10)).until(() -> count(uuids, "done") == 1 && count(uuids, "started") == 1);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> count(uuids, "enqueued") <= 1 && count(uuids, "pending") >= 3);

        TestJobRoutes.STUCK.release(5);
        uuids.forEach(uuid -> jobs.awaitState(uuid, "done"));
        assertEquals(6, count(uuids, "done"));
    }

    private long count(List<String> uuids, String state) {
        return uuids.stream().filter(uuid -> state.equals(jobs.state(uuid))).count();
    }
}

package io.shopbridge.connector.job;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.JobRows;

/**
 * A paused backend's or channel's jobs (its sub-channels' too) stay pending while the others run, and run once resumed,
 * without a restart. Pauses are rows of the database, read by every claim in the claim's own statement.
 */
@QuarkusTest
class JobPausesTest {

    @Inject
    JobPauses pauses;

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

    @AfterEach
    void resumeAll() {
        pauses.paused().forEach(p -> {
            if (p.kind() == JobPauses.Kind.BACKEND) {
                pauses.resumeBackend(p.name());
            } else {
                pauses.resumeChannel(p.name());
            }
        });
    }

    @Test
    void aPausedBackendsJobsWaitUntilItIsResumed() {
        assertTrue(pauses.pauseBackend("shop-paused", "ops", "shop maintenance"));
        assertFalse(pauses.pauseBackend("shop-paused", "ops", "again"));

        String held = enqueue("job:test_noop", "shop-paused");
        String other = enqueue("job:test_noop", "shop-running");
        jobs.awaitState(other, "done");
        stayPending(held);

        assertTrue(pauses.resumeBackend("shop-paused"));
        assertFalse(pauses.resumeBackend("shop-paused"));
        jobs.awaitState(held, "done");
    }

    @Test
    void aPausedChannelHoldsItsSubChannelsButNotItsNamesakes() {
        assertTrue(pauses.pauseChannel("root.paused", "ops", null));

        String own = enqueue("job:test_noop?channel=root.paused", null);
        String sub = enqueue("job:test_noop?channel=root.paused.sub", null);
        String namesake = enqueue("job:test_noop?channel=root.paused_not", null);
        jobs.awaitState(namesake, "done");
        stayPending(own);
        stayPending(sub);

        pauses.resumeChannel("root.paused");
        jobs.awaitState(own, "done");
        jobs.awaitState(sub, "done");
    }

    @Test
    void thePausesInEffectAreListedWithWhoAndWhy() {
        pauses.pauseChannel("root.magento", "alice", "shop upgrade");
        pauses.pauseBackend("shop-eu", "bob", null);

        List<JobPauses.Pause> paused = pauses.paused();
        assertEquals(List.of("BACKEND shop-eu bob null", "CHANNEL root.magento alice shop upgrade"),
                paused.stream().map(p -> p.kind() + " " + p.name() + " " + p.pausedBy() + " " + p.reason()).toList());
    }

    private void stayPending(String uuid) {
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertEquals("pending", jobs.state(uuid), "state of paused job " + uuid));
    }

    private String enqueue(String uri, String backend) {
        Exchange done = producer.request(uri, exchange -> {
            exchange.getMessage().setBody(Map.of("n", 1));
            if (backend != null) {
                exchange.getMessage().setHeader(JobHeaders.BACKEND, backend);
            }
        });
        assertNull(done.getException(), "enqueue on " + uri);
        return done.getMessage().getHeader(JobHeaders.UUID, String.class);
    }
}

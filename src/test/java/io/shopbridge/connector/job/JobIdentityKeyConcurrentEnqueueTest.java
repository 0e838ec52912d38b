package io.shopbridge.connector.job;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.db.Transactions;
import io.shopbridge.support.ErpFixtures;

/**
 * Two transactions enqueueing a job of the same identity key at once (two instances do) still make one job: the
 * second waits for the first to commit, then finds its job. PostgreSQL only: it is the store instances share.
 */
@QuarkusTest
class JobIdentityKeyConcurrentEnqueueTest {

    private static final String KEY = "concurrent-identity-key";

    @Inject
    JobQueue queue;

    @Inject
    Transactions transactions;

    @Inject
    ErpFixtures db;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String store;

    @Test
    void theSecondEnqueueWaitsForTheFirstAndGetsItsJob() throws Exception {
        assumeTrue("postgresql".equals(store), "instances share a PostgreSQL store; H2 serves one instance");
        CountDownLatch firstEnqueued = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> transactions.inTransaction(c -> {
            String uuid = queue.enqueue(c, job());
            firstEnqueued.countDown();
            commitFirst.await(30, TimeUnit.SECONDS);
            return uuid;
        }));
        try {
            firstEnqueued.await(30, TimeUnit.SECONDS);
            CompletableFuture<String> second = CompletableFuture.supplyAsync(
                    () -> transactions.inTransaction(c -> queue.enqueue(c, job())));
            await().atMost(Duration.ofSeconds(10)).until(() -> db.value(Long.class,
                    "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") > 0);
            commitFirst.countDown();
            assertEquals(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
            assertEquals(1L, db.value(Long.class, "SELECT COUNT(*) FROM queue_job WHERE identity_key = ?", KEY));
        } finally {
            commitFirst.countDown();
            db.update("DELETE FROM queue_job WHERE identity_key = ?", KEY);
        }
    }

    private static NewJob job() {
        return new NewJob("test_noop", null, null, null, "{\"n\": 1}", 10, java.time.Instant.now().plusSeconds(3600),
                5, null, "root", KEY, null, null);
    }
}

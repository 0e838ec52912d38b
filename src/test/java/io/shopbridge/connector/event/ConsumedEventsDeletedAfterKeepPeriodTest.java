package io.shopbridge.connector.event;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.ErpFixtures;

/**
 * The outbox does not grow for ever: events consumed longer ago than the keep period are deleted by the cleanup route;
 * younger ones, and rejected ones (a person still has to read them), stay.
 */
@QuarkusTest
class ConsumedEventsDeletedAfterKeepPeriodTest {

    @Inject
    ErpFixtures db;

    @Test
    void onlyConsumedEventsOlderThanTheKeepPeriodGo() {
        Instant longAgo = Instant.now().minus(Duration.ofDays(3));
        long old = event("done", longAgo);
        long recent = event("done", Instant.now());
        long rejected = event("rejected", longAgo);

        await().atMost(Duration.ofSeconds(10)).until(() -> count(old) == 0);
        assertEquals(1, count(recent));
        assertEquals(1, count(rejected));
    }

    private long event(String state, Instant processedAt) {
        return db.insert("INSERT INTO connector_event (model, kind, record_id, state, processed_at) "
                + "VALUES ('cleanup.test', 'write', 1, ?, ?)", state, processedAt.atOffset(ZoneOffset.UTC));
    }

    private long count(long id) {
        return db.value(Long.class, "SELECT COUNT(*) FROM connector_event WHERE id = ?", id);
    }
}

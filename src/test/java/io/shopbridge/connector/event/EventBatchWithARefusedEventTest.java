package io.shopbridge.connector.event;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.ErpFixtures;

/**
 * Events are consumed a batch per transaction: one whose subscriber fails is rejected with its reason, and the events
 * committed beside it are still consumed, each with its job.
 */
@QuarkusTest
class EventBatchWithARefusedEventTest {

    @Inject
    ErpFixtures db;

    @Test
    void theRefusedEventIsRejectedAndTheOthersEnqueueTheirJobs() {
        long first = db.value(Long.class, "SELECT COALESCE(MAX(id), 0) FROM connector_event");
        // one statement, one transaction: the five events land in one batch
        db.update("""
                INSERT INTO connector_event (model, kind, record_id) VALUES
                ('test.event.batch', 'create', 9101), ('test.event.batch', 'create', 9102),
                ('test.event.batch', 'create', -9103), ('test.event.batch', 'create', 9104),
                ('test.event.batch', 'create', 9105)""");
        await().atMost(Duration.ofSeconds(10)).until(() -> db.value(Long.class,
                "SELECT COUNT(*) FROM connector_event WHERE id > ? AND state = 'new'", first) == 0);

        assertEquals("rejected", db.value(String.class,
                "SELECT state FROM connector_event WHERE id > ? AND record_id = -9103", first));
        assertEquals("route test-event-batch failed: refused record -9103", db.value(String.class,
                "SELECT error FROM connector_event WHERE id > ? AND record_id = -9103", first));
        assertEquals(4L, db.value(Long.class,
                "SELECT COUNT(*) FROM connector_event WHERE id > ? AND state = 'done'", first));
        for (long record : List.of(9101L, 9102L, 9104L, 9105L)) {
            assertEquals(1L, db.value(Long.class, "SELECT COUNT(*) FROM queue_job WHERE name = 'test_noop'"
                    + " AND model = 'test.event.batch' AND record_id = ?", record), "job of record " + record);
        }
        assertEquals(0L, db.value(Long.class, "SELECT COUNT(*) FROM queue_job WHERE name = 'test_noop'"
                + " AND model = 'test.event.batch' AND record_id = -9103"));
    }
}

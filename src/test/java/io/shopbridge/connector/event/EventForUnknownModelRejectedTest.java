package io.shopbridge.connector.event;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.ErpFixtures;

/** An outbox row no route subscribes to is kept as rejected, with the reason, not dropped. */
@QuarkusTest
class EventForUnknownModelRejectedTest {

    @Inject
    ErpFixtures db;

    @Test
    void anEventOfAModelNobodySubscribesToIsRejectedWithItsReason() {
        long id = db.insert("INSERT INTO connector_event (model, kind, record_id) VALUES ('no.such.model', 'create', 1)");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "rejected".equals(db.value(String.class, "SELECT state FROM connector_event WHERE id = ?", id)));
        assertEquals("no route subscribes to model no.such.model",
                db.value(String.class, "SELECT error FROM connector_event WHERE id = ?", id));
    }
}

package io.shopbridge.connector.event;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.ErpFixtures;

/**
 * Outbox events are consumed without the poll: with the outbox timer stopped, an event another connection commits is
 * consumed once the store notifies it (PostgreSQL LISTEN/NOTIFY).
 */
@QuarkusTest
class EventWakeUpTest {

    private static final String POLL_ROUTE = "connector-event-outbox";

    @Inject
    CamelContext camel;

    @Inject
    EventOutbox outbox;

    @Inject
    ErpFixtures db;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String store;

    @BeforeEach
    void stopThePoll() throws Exception {
        // a first poll subscribes to the news, as the timer's first run does at start-up
        outbox.poll();
        camel.getRouteController().stopRoute(POLL_ROUTE);
    }

    @AfterEach
    void startThePoll() throws Exception {
        camel.getRouteController().startRoute(POLL_ROUTE);
    }

    @Test
    void anEventCommittedElsewhereIsConsumedWhenTheStoreNotifiesIt() {
        assumeTrue("postgresql".equals(store), "H2 has no notifications: events wait for the outbox poll");
        long id = db.insert("INSERT INTO connector_event (model, kind, record_id) VALUES ('test.event.batch', 'create', 9201)");
        await().atMost(Duration.ofSeconds(10)).until(() -> "done".equals(db.value(String.class,
                "SELECT state FROM connector_event WHERE id = ?", id)));
    }
}

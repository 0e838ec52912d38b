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
 * Outbox events are consumed without the poll: with the outbox timer stopped, an event an ERP change writes is consumed
 * soon after its commit (PostgreSQL: LISTEN/NOTIFY; H2: the outbox trigger, which runs in this JVM), and on PostgreSQL
 * so is an event any other connection inserts.
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
    void theEventOfAnErpChangeIsConsumedWithoutThePoll() {
        long order = db.saleOrder("SO-WAKE-UP", db.partner("Wake Up"));
        await().atMost(Duration.ofSeconds(10)).until(() -> db.value(Long.class, """
                SELECT COUNT(*) FROM connector_event
                WHERE model = 'sale.order' AND record_id = ? AND state <> 'new'""", order) == 1);
    }

    @Test
    void anEventCommittedElsewhereIsConsumedWhenTheStoreNotifiesIt() {
        assumeTrue("postgresql".equals(store), "H2 has no notifications: an event inserted by hand, not by the outbox trigger, waits for the poll");
        long id = db.insert("INSERT INTO connector_event (model, kind, record_id) VALUES ('test.event.batch', 'create', 9201)");
        await().atMost(Duration.ofSeconds(10)).until(() -> "done".equals(db.value(String.class,
                "SELECT state FROM connector_event WHERE id = ?", id)));
    }
}

package io.shopbridge.connector.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.ErpFixtures;

/** A job with an eta waits until then. */
@QuarkusTest
class JobEtaTest {

    @Inject
    ProducerTemplate producer;

    @Inject
    ErpFixtures db;

    @Test
    void anEtaHeaderHoldsTheJobUntilThen() {
        String later = producer.request("job:test_noop", exchange -> {
            exchange.getMessage().setBody(Map.of("n", 9));
            exchange.getMessage().setHeader(JobHeaders.ETA, "2999-01-01T00:00:00Z");
        }).getMessage().getHeader(JobHeaders.UUID, String.class);
        assertEquals("2999-01-01T00:00Z", db.value(java.time.OffsetDateTime.class,
                "SELECT eta FROM queue_job WHERE uuid = ?", later).withOffsetSameInstant(java.time.ZoneOffset.UTC)
                .toString());
        assertEquals("pending", db.value(String.class, "SELECT state FROM queue_job WHERE uuid = ?", later));
        db.update("DELETE FROM queue_job WHERE uuid = ?", later);
    }
}

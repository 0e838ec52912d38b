package io.shopbridge.connector.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.ErpFixtures;

/** A job equal to one still waiting is not enqueued twice. */
@QuarkusTest
class JobIdentityKeyTest {

    @Inject
    ProducerTemplate producer;

    @Inject
    ErpFixtures db;

    @Test
    void aSecondJobWithTheSameKeyWhileTheFirstWaitsIsTheFirst() {
        String first = enqueue("job:test_noop?identityKey=auto&delay=1h", 1);
        String second = enqueue("job:test_noop?identityKey=auto&delay=1h", 1);
        String other = enqueue("job:test_noop?identityKey=auto&delay=1h", 2);
        assertEquals(first, second);
        assertNotEquals(first, other);
        assertEquals(1, db.value(Integer.class, "SELECT COUNT(*) FROM queue_job WHERE uuid = ?", first));
        db.update("DELETE FROM queue_job WHERE uuid IN (?, ?)", first, other);
    }

    private String enqueue(String uri, int n) {
        return producer.request(uri, exchange -> exchange.getMessage().setBody(Map.of("n", n)))
                .getMessage().getHeader(JobHeaders.UUID, String.class);
    }
}

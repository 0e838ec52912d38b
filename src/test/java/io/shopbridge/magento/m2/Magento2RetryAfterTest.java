package io.shopbridge.magento.m2;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.sandbox.magento2.Magento2Sandbox;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.InvoiceScenario;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.TestShops;

/**
 * A shop rate-limiting the connector (HTTP 429 with {@code Retry-After: 2}): the job is retried no sooner than the
 * shop asked, not after the test retry pattern's 100 ms, and then exports.
 */
@QuarkusTest
class Magento2RetryAfterTest {

    @Inject
    InvoiceScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    TestShops shops;

    @Inject
    Magento2Sandbox sandbox;

    @Test
    void theRetryWaitsWhatRetryAfterAsks() {
        InvoiceScenario.Setup setup = scenario.orderWithPartialInvoice(shops.of("2.x"), OrderState.NEW);
        sandbox.failNext(1, 429, "2");
        Instant before = Instant.now();
        String uuid = scenario.bind(setup).jobUuid();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> jobs.attempts(uuid) == 1 && "pending".equals(jobs.state(uuid)));
        OffsetDateTime eta = db.value(OffsetDateTime.class, "SELECT eta FROM queue_job WHERE uuid = ?", uuid);
        assertTrue(!eta.toInstant().isBefore(before.plusSeconds(2)), "retried at " + eta + ", asked for 2 s after "
                + before);
        assertEquals("Magento shop-us answered HTTP 429", jobs.column(uuid, "error"));

        jobs.awaitState(uuid, "done");
        assertEquals(2, jobs.attempts(uuid));
    }
}

package io.shopbridge.magento.m2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.job.RetryableJobError;
import io.shopbridge.sandbox.magento2.Magento2Sandbox;

/** 429, 500, 502, 503 and 504 may pass: the client answers a retryable error, with the delay Retry-After asks. */
@QuarkusTest
class Magento2RetryableStatusesTest {

    @Inject
    Magento2Client client;

    @Inject
    Magento2Sandbox sandbox;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @AfterEach
    void noFailureLeft() {
        sandbox.failNext(0, 503, null);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {429, 500, 502, 503, 504})
    void theCallIsRetryableWithTheDelayAsked(int status) {
        sandbox.failNext(1, status, "7");
        RetryableJobError error = assertThrows(RetryableJobError.class,
                () -> client.get(Magento2Shops.adminShop(port), "orders/12"));
        assertEquals("Magento shop-us answered HTTP " + status, error.getMessage());
        assertEquals(Duration.ofSeconds(7), error.retryAfter());
        assertEquals(12, client.get(Magento2Shops.adminShop(port), "orders/12").path("entity_id").asInt(),
                "the next call passes");
    }
}

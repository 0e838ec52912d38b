package io.shopbridge.magento.m2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * 400 and 404 are Magento refusing: permanent errors carrying Magento's message with its placeholders filled in,
 * the status kept for the adapters (a 400 may be an earlier run's document; a 404 is not found).
 */
@QuarkusTest
class Magento2RefusalsArePermanentTest {

    @Inject
    Magento2Client client;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void aMissingOrderIsANotFoundWithMagentosWords() {
        Magento2Error error = assertThrows(Magento2Error.class,
                () -> client.get(Magento2Shops.adminShop(port), "orders/987654"));
        assertEquals(404, error.status());
        assertEquals("Magento shop-us answered HTTP 404: The entity that was requested doesn't exist. Verify the "
                + "entity and try again.", error.getMessage());
    }

    @Test
    void aMissingParameterIsABadRequestWithItsNameFilledIn() {
        Magento2Error error = assertThrows(Magento2Error.class,
                () -> client.post(Magento2Shops.adminShop(port), "orders/12/comments", Map.of("other", 1)));
        assertEquals(400, error.status());
        assertEquals("\"statusHistory\" is required. Enter and try again.", error.magentoMessage());
    }

    @Test
    void anUnknownRouteIsANotFound() {
        Magento2Error error = assertThrows(Magento2Error.class,
                () -> client.get(Magento2Shops.adminShop(port), "no/such/route"));
        assertEquals("Request does not match any route.", error.magentoMessage());
    }
}

package io.shopbridge.magento.m2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.sandbox.magento2.Magento2Sandbox;
import io.shopbridge.support.InvoiceScenario;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.TestShop;
import io.shopbridge.support.TestShops;

/**
 * Magento 2 answering 401 to an expired admin token: the client asks for a new token once and the call goes on in
 * the same attempt. An integration token cannot be renewed: its refusal fails for good, with Magento's message.
 */
@QuarkusTest
class Magento2AdminTokenRenewalTest {

    @Inject
    InvoiceScenario scenario;

    @Inject
    JobRows jobs;

    @Inject
    TestShops shops;

    @Inject
    Magento2Sandbox sandbox;

    @Inject
    Magento2Client client;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @AfterEach
    void integrationTokenValidAgain() {
        // the admin tokens expire, the integration token is valid again (a reset would hand out order ids again)
        sandbox.expireTokens(false);
    }

    @Test
    void anExpiredAdminTokenIsRenewedOnceAndTheExportSucceedsOnItsFirstAttempt() {
        TestShop shop = shops.of("2.x");
        // a first export makes the client get its admin token
        jobs.awaitState(scenario.bind(scenario.orderWithPartialInvoice(shop, OrderState.NEW)).jobUuid(), "done");

        sandbox.expireTokens(false);
        InvoiceScenario.Setup second = scenario.orderWithPartialInvoice(shop, OrderState.NEW);
        String uuid = scenario.bind(second).jobUuid();
        jobs.awaitState(uuid, "done");
        assertEquals(1, jobs.attempts(uuid));
        assertEquals(0, BigDecimal.ONE.compareTo(shop.itemQty(second.order().externalId(), second.secondItemId(),
                "qty_invoiced")));
    }

    @Test
    void aRefusedIntegrationTokenFailsForGoodWithMagentosMessage() {
        assertEquals(12, client.get(Magento2Shops.integrationShop(port), "orders/12").path("entity_id").asInt());

        sandbox.expireTokens(true);
        PermanentJobError refused = assertThrows(PermanentJobError.class,
                () -> client.get(Magento2Shops.integrationShop(port), "orders/12"));
        assertEquals("Magento shop-us refused the integration token: The consumer isn't authorized to access "
                + "Magento_Sales::sales.", refused.getMessage());
    }
}

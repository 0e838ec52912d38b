package io.shopbridge.magento.m2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.backend.BackendHealth;
import io.shopbridge.connector.backend.BackendMonitor;
import io.shopbridge.sandbox.magento2.Magento2Sandbox;
import io.shopbridge.support.ErpFixtures;

/**
 * The health probe of a Magento 2 shop logs in only when it holds no token or the shop refuses it: a login every
 * period would leave a token in a real shop's oauth_token table each time.
 */
@QuarkusTest
class Magento2ProbeReusesItsTokenTest {

    private static final String SHOP = "shop-us";

    @Inject
    ErpFixtures erp;

    @Inject
    BackendMonitor monitor;

    @Inject
    BackendHealth health;

    @Inject
    Magento2Sandbox sandbox;

    @BeforeEach
    void shopIsABackend() {
        erp.backend(SHOP, "2.x");
    }

    @Test
    void probesReuseTheTokenAndRenewItOnlyOnceTheShopRefusesIt() {
        monitor.refresh();
        assertUp();
        long issued = sandbox.adminTokensIssued();
        monitor.refresh();
        monitor.refresh();
        assertUp();
        assertEquals(issued, sandbox.adminTokensIssued(), "probes with a valid token log in again");

        sandbox.expireTokens(false);
        monitor.refresh();
        assertUp();
        assertEquals(issued + 1, sandbox.adminTokensIssued(), "an expired token is renewed once");
    }

    private void assertUp() {
        BackendHealth.Probed probed = health.probed(SHOP).orElseThrow();
        assertTrue(probed.status().up(), SHOP + " is down: " + probed.status());
    }
}

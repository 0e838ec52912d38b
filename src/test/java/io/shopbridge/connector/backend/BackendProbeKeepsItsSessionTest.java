package io.shopbridge.connector.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.LongSupplier;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento2.Magento2Sandbox;
import io.shopbridge.support.ErpFixtures;

/**
 * A shop's health probe calls it with the session (1.7) or token (2.x) the exports use, and logs in only when it holds
 * none or the shop refused it: a login every period would leave a session or token row in a real shop each time.
 */
@QuarkusTest
class BackendProbeKeepsItsSessionTest {

    @Inject
    ErpFixtures erp;

    @Inject
    BackendMonitor monitor;

    @Inject
    BackendHealth health;

    @Inject
    Magento1Sandbox magento1;

    @Inject
    Magento2Sandbox magento2;

    @ParameterizedTest
    @CsvSource({ "shop-eu, 1.7", "shop-us, 2.x" })
    void probesReuseTheSessionAndLogInAgainOnlyOnceTheShopExpiredIt(String shop, String version) {
        erp.backend(shop, version);
        LongSupplier logins = "1.7".equals(version) ? magento1::sessionsOpened : magento2::adminTokensIssued;
        monitor.refresh();
        assertUp(shop);
        long before = logins.getAsLong();
        monitor.refresh();
        monitor.refresh();
        assertUp(shop);
        assertEquals(before, logins.getAsLong(), "probes with a live session log in again");

        if ("1.7".equals(version)) {
            magento1.expireAllSessions();
        } else {
            magento2.expireTokens(false);
        }
        monitor.refresh();
        assertUp(shop);
        assertEquals(before + 1, logins.getAsLong(), "an expired session is renewed once");
    }

    private void assertUp(String shop) {
        BackendHealth.Probed probed = health.probed(shop).orElseThrow();
        assertTrue(probed.status().up(), shop + " is down: " + probed.status());
    }
}

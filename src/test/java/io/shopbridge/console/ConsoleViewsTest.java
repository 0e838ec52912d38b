package io.shopbridge.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.ErpFixtures;

/**
 * In a browser, as a viewer: the channels view lists the configured channels, the bindings search finds the shop
 * record an ERP record is bound to, and no page offers a change.
 */
@QuarkusTest
class ConsoleViewsTest {

    @TestHTTPResource("/")
    URL app;

    @Inject
    ErpFixtures db;

    @Test
    void aViewerReadsChannelsAndBindingsAndIsOfferedNoChange() {
        db.backend("shop-eu", "1.7");
        long order = db.saleOrder("SO-CONSOLE-1", db.partner("Console Viewer"));
        db.bindOrder("shop-eu", order, "100000777");

        try (Browser browser = Browser.open(app)) {
            browser.logIn("viewer", "viewer-dev");
            assertTrue(browser.findAll("#bulk-cancel").isEmpty(), "a viewer is offered bulk actions");
            browser.screenshot("jobs");

            browser.get("/console/channels");
            browser.find("tr[data-channel='root.magento']");
            assertEquals("2", browser.text("tr[data-channel='root.magento'] td:nth-child(2)"));
            browser.screenshot("channels");

            browser.get("/console/bindings?table=magento_sale_order&erp=" + order);
            browser.awaitUntil(() -> browser.text("#bindings tbody tr").startsWith("magento_sale_order shop-eu " + order
                    + " 100000777"));
            browser.screenshot("bindings");
        }
    }
}

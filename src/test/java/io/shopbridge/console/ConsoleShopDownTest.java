package io.shopbridge.console;

import static io.restassured.RestAssured.given;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.backend.BackendMonitor;
import io.shopbridge.support.ErpFixtures;

/** In a browser: while the Magento 1.7 sandbox refuses every call, its login included, the shops view says down. */
@QuarkusTest
class ConsoleShopDownTest {

    private static final String HEALTH = "tr[data-shop='shop-eu'] td.health";

    @TestHTTPResource("/")
    URL app;

    @Inject
    ErpFixtures db;

    @Inject
    BackendMonitor monitor;

    @Test
    void aShopThatRefusesLoginsIsShownDownThenUpAgain() {
        db.backend("shop-eu", "1.7");
        try (Browser browser = Browser.open(app)) {
            browser.logIn("viewer", "viewer-dev");
            browser.get("/console/shops");
            browser.awaitUntil(() -> probed() && browser.text(HEALTH).equals("up"));
            browser.screenshot("shops");

            failSandbox(1_000_000);
            // the page reloads itself and shows the latest probe; tests probe when they mean to, not on a period
            browser.awaitUntil(() -> probed() && browser.text(HEALTH).startsWith("down"));
            browser.screenshot("shops-down");

            failSandbox(0);
            browser.awaitUntil(() -> probed() && browser.text(HEALTH).equals("up"));
        }
    }

    private boolean probed() {
        monitor.refresh();
        return true;
    }

    @AfterEach
    void serveAgain() {
        failSandbox(0);
    }

    private static void failSandbox(int times) {
        given().header("X-Sandbox-Token", "sandbox-control").queryParam("times", times).queryParam("status", 503)
                .post("/sandbox/magento1/control/fail").then().statusCode(200);
    }
}

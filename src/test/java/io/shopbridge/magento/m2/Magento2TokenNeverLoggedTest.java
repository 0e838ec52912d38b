package io.shopbridge.magento.m2;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.sandbox.magento2.Magento2Sandbox;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.InvoiceScenario;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.LogCapture;
import io.shopbridge.support.TestShops;

/**
 * The admin password, the admin tokens and the integration token appear in no log line, job row or metric, whatever
 * happens: a login, a renewal after a 401, a refused integration token, a job failing with Magento's message.
 */
@QuarkusTest
class Magento2TokenNeverLoggedTest {

    /** An admin token as the sandbox (and Magento before 2.4.4) makes it. */
    private static final Pattern ADMIN_TOKEN = Pattern.compile("\\b[0-9a-f]{32}\\b");

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

    @Inject
    Magento2Client client;

    @ConfigProperty(name = "shop.us.api-key")
    String adminPassword;

    @ConfigProperty(name = "shopbridge.sandbox.magento2.integration-token")
    String integrationToken;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @AfterEach
    void integrationTokenValidAgain() {
        // the admin tokens expire, the integration token is valid again (a reset would hand out order ids again)
        sandbox.expireTokens(false);
    }

    @Test
    void noSecretInLogsJobsOrMetrics() {
        List<String> logged;
        String failed;
        try (LogCapture all = LogCapture.of("")) {
            jobs.awaitState(scenario.bind(scenario.orderWithPartialInvoice(shops.of("2.x"), OrderState.NEW))
                    .jobUuid(), "done");
            sandbox.expireTokens(true);
            failed = scenario.bind(scenario.orderWithPartialInvoice(shops.of("2.x"), OrderState.HOLDED)).jobUuid();
            jobs.awaitState(failed, "failed");
            assertThrows(PermanentJobError.class, () -> client.get(Magento2Shops.integrationShop(port), "orders/12"));
            logged = all.texts();
        }
        assertTrue(logged.stream().anyMatch(line -> line.contains("refused its admin token")),
                "the renewal is logged: " + logged);
        for (String line : logged) {
            assertFalse(line.contains(adminPassword), line);
            assertFalse(line.contains(integrationToken), line);
            assertFalse(line.contains("Bearer"), line);
            assertFalse(ADMIN_TOKEN.matcher(line).find(), line);
        }

        assertEquals(0, db.value(Integer.class, "SELECT COUNT(*) FROM queue_job WHERE args LIKE ? OR error LIKE ? "
                + "OR result LIKE ? OR args LIKE ? OR error LIKE ?", "%" + adminPassword + "%",
                "%" + adminPassword + "%", "%" + adminPassword + "%", "%" + integrationToken + "%",
                "%" + integrationToken + "%"));
        assertFalse(ADMIN_TOKEN.matcher(jobs.column(failed, "error")).find(), jobs.column(failed, "error"));

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains(adminPassword));
        assertFalse(metrics.contains(integrationToken));
    }
}

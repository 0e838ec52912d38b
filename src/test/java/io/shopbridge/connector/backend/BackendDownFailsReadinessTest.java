package io.shopbridge.connector.backend;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.SandboxFaults;

/**
 * With {@code shopbridge.health.backend-down-fails-readiness=true} (a one-shop deployment), readiness is DOWN until
 * the shops are first probed, then DOWN while a shop refuses us, and UP again once it answers.
 */
@QuarkusTest
@TestProfile(BackendDownFailsReadinessTest.OneShopDeployment.class)
class BackendDownFailsReadinessTest {

    /** The setting on; the timers held back, so that the test probes when it means to. */
    public static class OneShopDeployment implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("shopbridge.health.backend-down-fails-readiness", "true",
                    "shopbridge.startup-delay", "3600000");
        }
    }

    @Inject
    ErpFixtures erp;

    @Inject
    BackendMonitor monitor;

    @AfterEach
    void shopServesAgain() {
        SandboxFaults.stop();
    }

    @Test
    void readinessWaitsForTheFirstProbeAndFollowsTheShop() {
        erp.backend("shop-eu", "1.7");
        JsonPath starting = ready(503);
        assertEquals("DOWN", check(starting, "backends probed").get("status"));

        monitor.refresh();
        JsonPath probed = ready(200);
        assertEquals("UP", check(probed, "backends probed").get("status"));
        assertEquals("UP", check(probed, "backend shop-eu").get("status"));

        SandboxFaults.failNext("magento1", 1_000_000, 503);
        monitor.refresh();
        JsonPath down = ready(503);
        assertEquals("DOWN", check(down, "backend shop-eu").get("status"));
        assertEquals("Magento shop-eu answered HTTP 503",
                ((Map<?, ?>) check(down, "backend shop-eu").get("data")).get("error"));

        SandboxFaults.stop();
        monitor.refresh();
        ready(200);
    }

    private static JsonPath ready(int status) {
        return given().get("/q/health/ready").then().statusCode(status).extract().jsonPath();
    }

    private static Map<String, Object> check(JsonPath health, String name) {
        List<Map<String, Object>> checks = health.getList("checks");
        return checks.stream().filter(check -> name.equals(check.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + checks));
    }
}

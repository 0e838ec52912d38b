package io.shopbridge.connector.backend;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.SandboxFaults;

/**
 * Each shop has a readiness check of its own, fed by a background login: while the sandbox shop answers every request
 * with HTTP 503, {@code /q/health/ready} names it down with the reason, and readiness stays UP for the other shops'
 * sake; once the shop answers again, so does its check.
 */
@QuarkusTest
class BackendHealthTest {

    private static final String CHECK = "backend shop-eu";

    @Inject
    ErpFixtures erp;

    @BeforeEach
    void shopIsABackend() {
        erp.backend("shop-eu", "1.7");
    }

    @AfterEach
    void shopServesAgain() {
        SandboxFaults.stop();
    }

    @Test
    void aShopRefusingLoginsIsNamedDownInReadinessWhichStaysUp() {
        await().atMost(Duration.ofSeconds(20)).until(() -> "up".equals(shopCheck().get("data.state")));
        JsonPath up = ready();
        assertEquals("magento 1.7", shopCheck(up).get("data.backend"));
        assertEquals(true, shopCheck(up).getString("data.url").endsWith("/sandbox/magento1"));

        SandboxFaults.failNext(1_000_000, 503);
        await().atMost(Duration.ofSeconds(20)).until(() -> "down".equals(shopCheck().get("data.state")));
        JsonPath down = ready();
        assertEquals("UP", down.get("status"));
        assertEquals("UP", shopCheck(down).get("status"));
        assertEquals("Magento shop-eu answered HTTP 503", shopCheck(down).get("data.error"));

        SandboxFaults.stop();
        await().atMost(Duration.ofSeconds(20)).until(() -> "up".equals(shopCheck().get("data.state")));
    }

    @Test
    void camelsContextCheckIsListedOnce() {
        List<String> names = given().get("/q/health").then().statusCode(200).extract().jsonPath()
                .getList("checks.name");
        assertEquals(1, names.stream().filter(name -> name.contains("context")).count(), names.toString());
    }

    private static JsonPath ready() {
        return given().get("/q/health/ready").then().body("status", equalTo("UP")).extract().jsonPath();
    }

    private static JsonPath shopCheck() {
        return shopCheck(given().get("/q/health/ready").then().body(containsString("checks")).extract().jsonPath());
    }

    private static JsonPath shopCheck(JsonPath health) {
        List<Map<String, Object>> checks = health.getList("checks");
        return checks.stream().filter(check -> CHECK.equals(check.get("name"))).findFirst()
                .map(check -> JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(check)
                        .toString()))
                .orElseGet(() -> JsonPath.from("{}"));
    }
}

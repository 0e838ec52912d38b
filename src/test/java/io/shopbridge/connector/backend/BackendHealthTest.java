package io.shopbridge.connector.backend;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.SandboxFaults;

/**
 * Each shop has a readiness check of its own, fed by the background login ({@link BackendMonitor#refresh()}, which
 * route {@code connector-backend-probe} calls every period): a health request reads the last probe and calls no
 * shop; once the sandbox shop answers every request with HTTP 503 and a probe has run, {@code /q/health/ready} names
 * it down with the reason, and readiness stays UP for the other shops' sake; once the shop answers again, so does its
 * check.
 */
@QuarkusTest
class BackendHealthTest {

    @Inject
    ErpFixtures erp;

    @Inject
    BackendMonitor monitor;

    @BeforeEach
    void shopsAreBackends() {
        erp.backend("shop-eu", "1.7");
        erp.backend("shop-us", "2.x");
    }

    @AfterEach
    void shopServesAgain() {
        SandboxFaults.stop();
    }

    @ParameterizedTest
    @CsvSource({ "shop-eu, 1.7, magento1", "shop-us, 2.x, magento2" })
    void aShopRefusingLoginsIsNamedDownInReadinessWhichStaysUp(String shop, String version, String sandbox) {
        monitor.refresh();
        JsonPath up = ready();
        assertEquals("up", shopCheck(up, shop).get("data.state"));
        assertEquals("magento " + version, shopCheck(up, shop).get("data.backend"));
        assertEquals(true, shopCheck(up, shop).getString("data.url").endsWith("/sandbox/" + sandbox));

        SandboxFaults.failNext(sandbox, 1_000_000, 503);
        assertEquals("up", shopCheck(ready(), shop).get("data.state"), "a health request calls no shop");
        monitor.refresh();
        JsonPath down = ready();
        assertEquals("UP", down.get("status"));
        assertEquals("UP", shopCheck(down, shop).get("status"));
        assertEquals("down", shopCheck(down, shop).get("data.state"));
        assertEquals("Magento " + shop + " answered HTTP 503", shopCheck(down, shop).get("data.error"));

        SandboxFaults.stop();
        monitor.refresh();
        assertEquals("up", shopCheck(ready(), shop).get("data.state"));
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

    private static JsonPath shopCheck(JsonPath health, String shop) {
        List<Map<String, Object>> checks = health.getList("checks");
        return checks.stream().filter(check -> ("backend " + shop).equals(check.get("name"))).findFirst()
                .map(check -> JsonPath.from(new ObjectMapper().valueToTree(check).toString()))
                .orElseThrow(() -> new AssertionError("no check backend " + shop + " in " + checks));
    }
}

package io.shopbridge.magento.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.ImportRuns;
import io.shopbridge.support.JobRows;

/**
 * {@code POST /api/backends/{shop}/imports}: an operator imports one record or runs a batch and gets the job's uuid;
 * a viewer is forbidden, an anonymous caller unauthorized, and bad input is a 400 that says why.
 */
@QuarkusTest
class ImportApiTest {

    private static final String IMPORTS = "/api/backends/shop-eu/imports";

    @Inject
    ImportRuns imports;

    @Inject
    JobRows jobs;

    @BeforeEach
    void freshShop() {
        imports.freshShop();
    }

    @Test
    void anOperatorImportsOneRecordAndGetsItsJob() {
        String uuid = operator().body("{\"model\": \"magento.product.product\", \"external_id\": \"337\"}")
                .when().post(IMPORTS)
                .then().statusCode(202).extract().path("uuid");

        imports.awaitEnd(uuid);
        assertEquals("done", jobs.state(uuid));
        assertEquals("import_record", jobs.column(uuid, "name"));
        assertNotNull(imports.erpId(MagentoModels.PRODUCT, "337"));
    }

    @Test
    void anOperatorRunsABatchSinceATime() {
        String uuid = operator().body("{\"model\": \"magento.res.partner\", \"since\": \"2017-06-27T15:20:00Z\"}")
                .when().post(IMPORTS)
                .then().statusCode(202).extract().path("uuid");

        imports.awaitEnd(uuid);
        assertEquals("import_batch", jobs.column(uuid, "name"));
        String result = jobs.column(uuid, "result");
        assertTrue(result.startsWith("2 magento.res.partner record(s) changed on shop-eu since 2017-06-27T15:20:00Z"),
                result);
    }

    @Test
    void aViewerIsForbiddenAndNobodyIsUnauthorized() {
        String body = "{\"model\": \"magento.product.product\", \"external_id\": \"337\"}";
        given().auth().preemptive().basic("viewer", "viewer-dev").contentType("application/json").body(body)
                .when().post(IMPORTS).then().statusCode(403);
        given().contentType("application/json").body(body)
                .when().post(IMPORTS).then().statusCode(401);
    }

    @Test
    void badInputIsA400WithTheReason() {
        badRequest("{\"external_id\": \"337\"}", "give the model to import");
        badRequest("{\"model\": \"magento.product.product\"}", "give either external_id (one record) or since");
        badRequest("{\"model\": \"magento.product.product\", \"external_id\": \"337\", \"since\": \"2024-01-01T00:00:00Z\"}",
                "not both nor neither");
        badRequest("{\"model\": \"magento.res.partner\", \"since\": \"yesterday\"}",
                "since must be an ISO instant such as 2026-11-25T10:00:00Z, not yesterday");
        badRequest("{\"model\": \"magento.stock\", \"external_id\": \"1\"}",
                "backend shop-eu (magento 1.7) imports no model magento.stock");
        operator().body("{\"model\": \"magento.res.partner\", \"external_id\": \"1\"}")
                .when().post("/api/backends/shop-nowhere/imports")
                .then().statusCode(400).body("error", equalTo("no backend shop-nowhere"));
    }

    private void badRequest(String body, String reason) {
        operator().body(body).when().post(IMPORTS).then().statusCode(400).body("error", containsString(reason));
    }

    private static RequestSpecification operator() {
        return given().auth().preemptive().basic("operator", "operator-dev").contentType("application/json");
    }
}

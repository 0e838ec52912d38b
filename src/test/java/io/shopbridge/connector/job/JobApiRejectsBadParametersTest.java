package io.shopbridge.connector.job;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A query parameter of the jobs API that does not parse answers 400 and says which one and why, not 404. */
@QuarkusTest
class JobApiRejectsBadParametersTest {

    @Test
    void aLimitTooLargeForAnIntegerIsABadRequest() {
        viewer().queryParam("limit", "99999999999").get("/api/jobs").then().statusCode(400)
                .body("error", equalTo("limit must be an integer from 1 to 1000, not 99999999999"));
    }

    @Test
    void eachParameterThatDoesNotParseIsNamed() {
        viewer().queryParam("offset", "-1").get("/api/jobs").then().statusCode(400)
                .body("error", equalTo("offset must be an integer from 0 to 2147483647, not -1"));
        viewer().queryParam("record", "forty-two").get("/api/jobs").then().statusCode(400)
                .body("error", equalTo("record must be an integer id, not forty-two"));
        viewer().queryParam("since", "yesterday").get("/api/jobs").then().statusCode(400)
                .body("error", equalTo("since must be an ISO instant such as 2026-11-25T10:00:00Z, not yesterday"));
        viewer().queryParam("limit", "10").queryParam("record", "42").get("/api/jobs").then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification viewer() {
        return given().auth().preemptive().basic("viewer", "viewer-dev");
    }
}

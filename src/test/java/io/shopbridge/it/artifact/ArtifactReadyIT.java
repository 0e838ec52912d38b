package io.shopbridge.it.artifact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged artifact (the jar, or the native binary where one is built) starts with the prod profile, loads the
 * routes folder and is ready. Ready proves the folder was read: the store holds the demo shop's backend row, and
 * start-up refuses a row that no job route of the folder serves.
 */
@QuarkusIntegrationTest
@WithTestResource(ArtifactStore.class)
class ArtifactReadyIT {

    @Test
    void readyAndLive() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}

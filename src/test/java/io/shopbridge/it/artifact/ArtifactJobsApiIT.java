package io.shopbridge.it.artifact;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The artifact's jobs API answers the users the prod settings name, and nobody else. */
@QuarkusIntegrationTest
@WithTestResource(ArtifactStore.class)
class ArtifactJobsApiIT {

    @Test
    void viewerReadsAnonymousIsRefused() {
        given().when().get("/api/jobs").then().statusCode(401);
        given().auth().preemptive().basic("viewer", "wrong").when().get("/api/jobs").then().statusCode(401);
        given().auth().preemptive().basic("viewer", ArtifactStore.VIEWER_PASSWORD).when().get("/api/jobs").then()
                .statusCode(200);
    }
}

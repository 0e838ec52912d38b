package io.shopbridge.connector.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.shopbridge.connector.job.JobHeaders;
import io.shopbridge.support.JobRows;

/**
 * A page on another site cannot make an operator's browser change jobs with the credentials it has cached: the API
 * refuses a write whose Origin or Sec-Fetch-Site names another site, and takes the same write from this site or from
 * a script.
 */
@QuarkusTest
class CrossSiteWritesRefusedTest {

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void aWriteFromAnotherSiteIsRefusedAndChangesNothing() {
        String waiting = enqueue();
        operator().header("Origin", "https://evil.example").post("/api/jobs/" + waiting + "/cancel")
                .then().statusCode(403).body("error", containsString("https://evil.example"));
        operator().header("Origin", "http://localhost:" + (port + 1)).post("/api/jobs/" + waiting + "/cancel")
                .then().statusCode(403);
        operator().header("Origin", "null").post("/api/jobs/" + waiting + "/cancel").then().statusCode(403);
        operator().header("Sec-Fetch-Site", "cross-site").post("/api/jobs/" + waiting + "/cancel")
                .then().statusCode(403);
        assertEquals("pending", jobs.state(waiting));
        jobs.setState(waiting, "cancelled");
    }

    @Test
    void theSameWriteFromThisSiteOrAScriptIsTaken() {
        String fromPage = enqueue();
        operator().header("Origin", "http://localhost:" + port).header("Sec-Fetch-Site", "same-origin")
                .post("/api/jobs/" + fromPage + "/cancel").then().statusCode(200).body("changed", contains(fromPage));
        String fromScript = enqueue();
        operator().post("/api/jobs/" + fromScript + "/cancel").then().statusCode(200)
                .body("changed", contains(fromScript));
    }

    @Test
    void readsFromAnotherSiteAreLeftToTheBrowsersSameOriginPolicy() {
        given().auth().preemptive().basic("viewer", "viewer-dev").header("Origin", "https://evil.example")
                .get("/api/jobs").then().statusCode(200);
    }

    private RequestSpecification operator() {
        return given().auth().preemptive().basic("operator", "operator-dev");
    }

    private String enqueue() {
        return producer.request("job:test_noop?delay=1h", exchange -> exchange.getMessage().setBody(Map.of("n", 1)))
                .getMessage().getHeader(JobHeaders.UUID, String.class);
    }
}

package io.shopbridge.connector.job;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.shopbridge.support.JobRows;

/** The jobs API over real HTTP: reading needs a viewer, changing an operator; transitions only from sane states. */
@QuarkusTest
class JobApiTest {

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

    @Test
    void readingNeedsAUserAndShowsTheErrorAndTrace() {
        String failed = enqueue("job:test_throws");
        jobs.awaitState(failed, "failed");
        given().get("/api/jobs").then().statusCode(401);
        given().auth().preemptive().basic("viewer", "viewer-dev")
                .queryParam("name", "test_throws").queryParam("state", "failed")
                .get("/api/jobs").then().statusCode(200).body("uuid", hasItem(failed));
        given().auth().preemptive().basic("viewer", "viewer-dev").get("/api/jobs/" + failed).then().statusCode(200)
                .body("error", equalTo("IllegalStateException: boom"))
                .body("trace", startsWith("java.lang.IllegalStateException: boom"))
                .body("attempts", equalTo(1));
        given().auth().preemptive().basic("viewer", "viewer-dev").get("/api/jobs/no-such-job").then().statusCode(404);
    }

    @Test
    void aViewerCannotChangeJobs() {
        String waiting = enqueue("job:test_noop?delay=1h");
        given().auth().preemptive().basic("viewer", "viewer-dev").post("/api/jobs/" + waiting + "/cancel")
                .then().statusCode(403);
        given().post("/api/jobs/" + waiting + "/cancel").then().statusCode(401);
        jobs.setState(waiting, "cancelled");
    }

    @Test
    void anOperatorCancelsRequeuesAndMarksDoneOneOrMany() {
        String first = enqueue("job:test_noop?delay=1h");
        String second = enqueue("job:test_noop?delay=1h");
        operator().post("/api/jobs/" + first + "/cancel").then().statusCode(200).body("changed", contains(first));
        operator().post("/api/jobs/" + first + "/cancel").then().statusCode(409)
                .body("error", equalTo("job " + first + " is cancelled: cannot cancel it"));
        // requeued, it runs at once (the delay is cleared)
        operator().post("/api/jobs/" + first + "/requeue").then().statusCode(200);
        jobs.awaitState(first, "done");
        operator().contentType(ContentType.JSON).body(Map.of("uuids", java.util.List.of(second, first)))
                .post("/api/jobs/done").then().statusCode(200).body("changed", contains(second));
        given().auth().preemptive().basic("viewer", "viewer-dev").get("/api/jobs/" + second).then()
                .body("state", equalTo("done")).body("result", equalTo("marked done by operator"));
    }

    private io.restassured.specification.RequestSpecification operator() {
        return given().auth().preemptive().basic("operator", "operator-dev");
    }

    private String enqueue(String uri) {
        return producer.request(uri, exchange -> exchange.getMessage().setBody(Map.of("n", 1)))
                .getMessage().getHeader(JobHeaders.UUID, String.class);
    }
}

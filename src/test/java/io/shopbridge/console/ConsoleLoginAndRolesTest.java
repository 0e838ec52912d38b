package io.shopbridge.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.shopbridge.connector.job.JobHeaders;
import io.shopbridge.support.JobRows;

/**
 * The console's users are the API's, logged in by a form: no page without a login, a viewer reads and cannot
 * change, an operator changes; the session cookie is HttpOnly and SameSite=Strict, so another site's page cannot post
 * with it; and the API still answers 401, not a login page.
 */
@QuarkusTest
class ConsoleLoginAndRolesTest {

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

    @Test
    void aPageWithoutALoginLeadsToTheLoginPage() {
        given().redirects().follow(false).get("/console/jobs").then().statusCode(302)
                .header("Location", endsWith("/console/login"));
        given().get("/console/login").then().statusCode(200).body(containsString("j_security_check"));
        given().get("/api/jobs").then().statusCode(401);
    }

    @Test
    void aWrongPasswordIsRefused() {
        given().redirects().follow(false).formParam("j_username", "operator").formParam("j_password", "wrong")
                .post("/console/j_security_check").then().statusCode(302)
                .header("Location", endsWith("/console/login?error=true"));
    }

    @Test
    void aViewerReadsButCannotChangeAndAnOperatorCan() {
        String uuid = producer.request("job:test_noop?delay=1h", exchange -> exchange.getMessage()
                .setBody(Map.of("n", 1))).getMessage().getHeader(JobHeaders.UUID, String.class);

        Cookie viewer = logIn("viewer", "viewer-dev");
        given().cookie(viewer).get("/console/jobs/" + uuid).then().statusCode(200).body(containsString(uuid));
        given().cookie(viewer).redirects().follow(false).post("/console/jobs/" + uuid + "/cancel").then()
                .statusCode(403);
        given().cookie(viewer).redirects().follow(false).formParam("uuid", uuid).post("/console/jobs/cancel").then()
                .statusCode(403);
        given().cookie(viewer).get("/console/jobs/" + uuid).then().statusCode(200);
        assertEquals("pending", jobs.state(uuid));

        Cookie operator = logIn("operator", "operator-dev");
        given().cookie(operator).redirects().follow(false).post("/console/jobs/" + uuid + "/cancel").then()
                .statusCode(303).header("Location", endsWith("/console/jobs/" + uuid + "?changed=cancel:1"));
        assertEquals("cancelled", jobs.state(uuid));
        given().cookie(operator).redirects().follow(false).get("/console/jobs/" + uuid + "/cancel").then()
                .statusCode(405);
    }

    @Test
    void loggingOutDropsTheSessionCookie() {
        Cookie dropped = given().cookie(logIn("viewer", "viewer-dev")).redirects().follow(false)
                .post("/console/logout").then().statusCode(303).header("Location", endsWith("/console/login"))
                .extract().detailedCookie("quarkus-credential");
        assertEquals(0, dropped.getMaxAge());
    }

    @Test
    void aFilterThatDoesNotParseIsNamedOnThePage() {
        given().cookie(logIn("viewer", "viewer-dev")).queryParam("limit", "99999999999").get("/console/jobs").then()
                .statusCode(400).body(containsString("limit must be an integer from 1 to 500, not 99999999999"));
    }

    private static Cookie logIn(String user, String password) {
        Response response = given().redirects().follow(false).formParam("j_username", user)
                .formParam("j_password", password).post("/console/j_security_check");
        assertEquals(302, response.statusCode());
        Cookie session = response.getDetailedCookie("quarkus-credential");
        assertNotNull(session, "no session cookie");
        assertTrue(session.isHttpOnly(), "session cookie readable by scripts");
        assertEquals("Strict", session.getSameSite());
        return session;
    }
}

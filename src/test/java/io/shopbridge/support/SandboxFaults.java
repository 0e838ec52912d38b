package io.shopbridge.support;

import static io.restassured.RestAssured.given;

/** The sandbox shop's fault injection, over its control endpoint: every request answers an HTTP error meanwhile. */
public final class SandboxFaults {

    private static final String TOKEN = "sandbox-control";

    private SandboxFaults() {
    }

    /** The next {@code times} requests to the shop, logins included, answer HTTP {@code status}. */
    public static void failNext(int times, int status) {
        given().header("X-Sandbox-Token", TOKEN).queryParam("times", times).queryParam("status", status)
                .post("/sandbox/magento1/control/fail").then().statusCode(200);
    }

    /** Serves requests normally again. */
    public static void stop() {
        failNext(0, 503);
    }
}

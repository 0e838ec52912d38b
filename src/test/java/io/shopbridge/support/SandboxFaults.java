package io.shopbridge.support;

import static io.restassured.RestAssured.given;

/** The sandbox shop's fault injection, over its control endpoint: every request answers an HTTP error meanwhile. */
public final class SandboxFaults {

    private static final String TOKEN = "sandbox-control";

    private SandboxFaults() {
    }

    /** The next {@code times} requests to the 1.7 shop, logins included, answer HTTP {@code status}. */
    public static void failNext(int times, int status) {
        failNext("magento1", times, status);
    }

    /** The same on the sandbox {@code magento1} (1.7) or {@code magento2} (2.x). */
    public static void failNext(String sandbox, int times, int status) {
        given().header("X-Sandbox-Token", TOKEN).queryParam("times", times).queryParam("status", status)
                .post("/sandbox/" + sandbox + "/control/fail").then().statusCode(200);
    }

    /** Both sandboxes serve requests normally again. */
    public static void stop() {
        failNext("magento1", 0, 503);
        failNext("magento2", 0, 503);
    }
}

package io.shopbridge.sandbox.magento2;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** Every control endpoint of the 2.x sandbox changes state, so each refuses a call without the control token. */
@QuarkusTest
class Magento2SandboxControlAuthTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"reset", "expire-tokens", "fail", "slow", "lose-answer", "orders"})
    void withoutTheTokenNothingChanges(String action) {
        given().header("X-Sandbox-Token", "wrong").post("/sandbox/magento2/control/" + action)
                .then().statusCode(401).body("message", equalTo("Missing or wrong X-Sandbox-Token header"));
        given().post("/sandbox/magento2/control/" + action).then().statusCode(401);
    }
}

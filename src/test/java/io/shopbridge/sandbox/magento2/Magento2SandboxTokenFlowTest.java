package io.shopbridge.sandbox.magento2;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The 2.x sandbox's token flow, as Magento answers it: the admin token is a JSON string, a wrong password and a
 * call without a valid token are 401 with Magento's messages, an expired token is refused, the store code is optional.
 */
@QuarkusTest
class Magento2SandboxTokenFlowTest {

    private static final String REST = "/sandbox/magento2/rest";

    @Inject
    Magento2Sandbox sandbox;

    @AfterEach
    void integrationTokenValidAgain() {
        sandbox.expireTokens(false);
    }

    @Test
    void anAdminTokenIsAJsonStringThatOpensTheApiUntilItExpires() {
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", "shopbridge", "password", "sandbox-secret2"))
                .post(REST + "/V1/integration/admin/token")
                .then().statusCode(200).body(matchesPattern("\"[0-9a-f]{32}\"")).extract().asString()
                .replace("\"", "");

        given().auth().oauth2(token).get(REST + "/V1/orders/12").then().statusCode(200).body("entity_id", equalTo(12));
        given().auth().oauth2(token).get(REST + "/default/V1/orders/12").then().statusCode(200);

        sandbox.expireTokens(false);
        given().auth().oauth2(token).get(REST + "/V1/orders/12").then().statusCode(401)
                .body("message", equalTo("The consumer isn't authorized to access %resources."))
                .body("parameters.resources", equalTo("Magento_Sales::sales"));
    }

    @Test
    void aWrongPasswordIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("username", "shopbridge", "password", "guess"))
                .post(REST + "/V1/integration/admin/token")
                .then().statusCode(401).body("message", equalTo("The account sign-in was incorrect or your account "
                        + "is disabled temporarily. Please wait and try again later."));
    }

    @Test
    void theIntegrationTokenOpensTheApiWithoutALogin() {
        given().auth().oauth2("sandbox-integration-token").get(REST + "/V1/stockItems/MH09-L-Blue")
                .then().statusCode(200).body("item_id", equalTo(190));
        given().get(REST + "/V1/stockItems/MH09-L-Blue").then().statusCode(401);
    }
}

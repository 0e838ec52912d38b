package io.shopbridge.sandbox.magento1;

import static io.restassured.RestAssured.given;
import static io.shopbridge.sandbox.magento1.SandboxCalls.CONTROL;
import static io.shopbridge.sandbox.magento1.SandboxCalls.CONTROL_TOKEN_HEADER;
import static io.shopbridge.sandbox.magento1.SandboxCalls.ENDPOINT;
import static io.shopbridge.sandbox.magento1.SandboxCalls.faultCode;
import static io.shopbridge.sandbox.magento1.SandboxCalls.post;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.call;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.string;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.sandbox.magento1.shop.SeedOrders;

/** Control endpoints change state, so they need the control token; with it they reset, expire, inject, create. */
@QuarkusTest
class SandboxControlAuthTest {

    private static final String NEW_ORDER = """
            {"customer_id": 7, "customer_email": "ann@example.com", "customer_firstname": "Ann",
             "customer_lastname": "Lee", "payment_method": "checkmo", "shipping_amount": "4.50",
             "items": [{"sku": "pen01", "name": "Fountain Pen", "qty": 3, "price": "12.00"},
                       {"sku": "tee", "name": "Tee", "qty": 1, "price": "20.00", "child_sku": "tee-m"}]}
            """;

    @Inject
    Magento1Sandbox sandbox;

    @ConfigProperty(name = "shopbridge.sandbox.magento1.api-user")
    String apiUser;

    @ConfigProperty(name = "shopbridge.sandbox.magento1.api-key")
    String apiKey;

    @ConfigProperty(name = "shopbridge.sandbox.control-token")
    String controlToken;

    @BeforeEach
    void freshSandbox() {
        sandbox.reset();
    }

    @Test
    void everyControlEndpointRefusesAMissingOrWrongToken() {
        for (String action : new String[] {"reset", "expire-sessions", "fail", "orders"}) {
            given().when().post(CONTROL + action).then().statusCode(401);
            given().header(CONTROL_TOKEN_HEADER, controlToken + "x").when().post(CONTROL + action)
                    .then().statusCode(401);
        }
        assertTrue(post(XmlRpcBodies.login(apiUser, apiKey)).contains("<string>"), "no failure was injected");
    }

    @Test
    void expireSessionsEndsEverySession() {
        String session = SandboxCalls.login(apiUser, apiKey);

        given().header(CONTROL_TOKEN_HEADER, controlToken).when().post(CONTROL + "expire-sessions")
                .then().statusCode(200);

        assertEquals(5, faultCode(post(call(session, "sales_order.info", string(SeedOrders.INVOICEABLE)))));
    }

    @Test
    void ordersCreatesAnOrderFromJson() {
        given().header(CONTROL_TOKEN_HEADER, controlToken).contentType("application/json").body(NEW_ORDER)
                .when().post(CONTROL + "orders")
                .then().statusCode(201)
                .body("increment_id", equalTo("100000006"))
                .body("order_id", equalTo("106"))
                .body("item_ids", contains("508", "509", "510"));

        Map<String, Object> order = sandbox.orderInfo("100000006").orElseThrow();
        assertEquals("Ann", order.get("customer_firstname"));
        assertEquals("60.5000", order.get("grand_total"));
    }

    @Test
    void aMalformedOrderIsABadRequest() {
        given().header(CONTROL_TOKEN_HEADER, controlToken).contentType("application/json").body("{\"items\": []}")
                .when().post(CONTROL + "orders")
                .then().statusCode(400);
        given().header(CONTROL_TOKEN_HEADER, controlToken).contentType("application/json").body("{nope")
                .when().post(CONTROL + "orders")
                .then().statusCode(400);
    }

    @Test
    void resetForgetsCreatedOrders() {
        sandbox.createOrder(NewOrder.builder()
                .item("pen01", "Fountain Pen", 1, "12.00").build());

        given().header(CONTROL_TOKEN_HEADER, controlToken).when().post(CONTROL + "reset").then().statusCode(200);

        assertTrue(sandbox.orderInfo("100000006").isEmpty());
    }

    @Test
    void theXmlRpcEndpointOnlyTakesPost() {
        given().when().get(ENDPOINT).then().statusCode(anyOf(equalTo(404), equalTo(405)));
    }
}

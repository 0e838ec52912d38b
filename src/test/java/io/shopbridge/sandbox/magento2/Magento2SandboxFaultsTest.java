package io.shopbridge.sandbox.magento2;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.shopbridge.sandbox.magento2.sales.NewOrder;
import io.shopbridge.sandbox.magento2.sales.OrderResource;

/**
 * The 2.x sandbox's injected failures, set over its control endpoints: a proxy's 429 with Retry-After before the
 * shop sees the call, an answer lost after the shop did the work, an answer held back after the work.
 */
@QuarkusTest
class Magento2SandboxFaultsTest {

    private static final String REST = "/sandbox/magento2/rest/V1/";
    private static final String CONTROL = "/sandbox/magento2/control/";

    @Inject
    OrderResource orders;

    @Inject
    Magento2Sandbox sandbox;

    @AfterEach
    void noFaultLeft() {
        sandbox.failNext(0, 503, null);
        sandbox.slowNext(0, 0);
    }

    @Test
    void aRateLimitAnswersRetryAfterAndTheNextCallPasses() {
        control("fail?times=1&status=429&retryAfter=3");
        given().auth().oauth2("sandbox-integration-token").get(REST + "orders/12")
                .then().statusCode(429).header("Retry-After", "3");
        given().auth().oauth2("sandbox-integration-token").get(REST + "orders/12").then().statusCode(200);
    }

    @Test
    void aLostAnswerComesAfterTheInvoiceWasMade() {
        long order = placed();
        control("lose-answer?method=POST&path=order/" + order + "/invoice&status=504");
        given().auth().oauth2("sandbox-integration-token").contentType(ContentType.JSON).body(Map.of())
                .post(REST + "order/" + order + "/invoice").then().statusCode(504);
        assertEquals(2, orders.order(order).at("/items/0/qty_invoiced").asInt(), "the shop invoiced all the same");
        given().auth().oauth2("sandbox-integration-token").contentType(ContentType.JSON).body(Map.of())
                .post(REST + "order/" + order + "/invoice").then().statusCode(400)
                .body("message", equalTo("Invoice Document Validation Error(s):\n"
                        + "An invoice cannot be created when an order has a status of complete\n"
                        + "The order does not allow an invoice to be created."));
    }

    @Test
    void aSlowAnswerComesLateAfterTheWork() {
        long order = placed();
        control("slow?times=1&millis=400");
        long start = System.nanoTime();
        given().auth().oauth2("sandbox-integration-token").post(REST + "orders/" + order + "/hold")
                .then().statusCode(200).body(equalTo("true"));
        assertTrue(System.nanoTime() - start >= 400_000_000L, "held back 400 ms");
        assertEquals("holded", orders.order(order).path("state").asText());
    }

    private long placed() {
        ObjectNode order = orders.place(new NewOrder("processing", null, "guest@example.com", "Grace", "Guest",
                List.of(new NewOrder.Line("SKU-A", "Widget A", new java.math.BigDecimal("2"),
                        new java.math.BigDecimal("10")))));
        // shipped already: a full invoice completes it
        sandbox.withShop(shop -> ((ObjectNode) shop.find("orders", order.get("entity_id").asLong()).orElseThrow()
                .at("/items/0")).put("qty_shipped", 2));
        return order.get("entity_id").asLong();
    }

    private static void control(String action) {
        given().header("X-Sandbox-Token", "sandbox-control").post(CONTROL + action).then().statusCode(200);
    }
}

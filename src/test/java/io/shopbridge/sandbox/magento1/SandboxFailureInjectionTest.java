package io.shopbridge.sandbox.magento1;

import static io.restassured.RestAssured.given;
import static io.shopbridge.sandbox.magento1.SandboxCalls.CONTROL;
import static io.shopbridge.sandbox.magento1.SandboxCalls.CONTROL_TOKEN_HEADER;
import static io.shopbridge.sandbox.magento1.SandboxCalls.ENDPOINT;
import static io.shopbridge.sandbox.magento1.SandboxCalls.post;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.call;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.string;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.struct;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.SeedOrders;

/**
 * Injected HTTP failures hit the next N XML-RPC requests, which then have no effect at all; a lost answer hides a call
 * the shop did.
 */
@QuarkusTest
class SandboxFailureInjectionTest {

    @Inject
    Magento1Sandbox sandbox;

    @ConfigProperty(name = "shopbridge.sandbox.magento1.api-user")
    String apiUser;

    @ConfigProperty(name = "shopbridge.sandbox.magento1.api-key")
    String apiKey;

    @ConfigProperty(name = "shopbridge.sandbox.control-token")
    String controlToken;

    String session;

    @BeforeEach
    void freshSandboxAndSession() {
        sandbox.reset();
        session = SandboxCalls.login(apiUser, apiKey);
    }

    @Test
    void twoInjected503sThenServiceAsUsual() {
        given().header(CONTROL_TOKEN_HEADER, controlToken).queryParam("times", 2).queryParam("status", 503)
                .when().post(CONTROL + "fail")
                .then().statusCode(200);
        String invoice = call(session, "sales_order_invoice.create", string(SeedOrders.INVOICEABLE), struct());

        for (int attempt = 1; attempt <= 2; attempt++) {
            given().contentType("text/xml").body(invoice)
                    .when().post(ENDPOINT)
                    .then().statusCode(503).contentType("text/plain; charset=UTF-8");
        }
        assertEquals("0.0000", OrderInfo.item(sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow(), 0,
                "qty_invoiced"), "a failed request does nothing");

        assertThat(post(invoice), containsString("<string>100000001</string>"));
    }

    @Test
    void aLostAnswerHidesAnInvoiceTheShopCreated() {
        given().header(CONTROL_TOKEN_HEADER, controlToken).queryParam("method", "sales_order_invoice.create")
                .queryParam("status", 504)
                .when().post(CONTROL + "lose-answer")
                .then().statusCode(200);
        // another method's answer is not the one lost
        assertThat(post(call(session, "sales_order.info", string(SeedOrders.INVOICEABLE))),
                containsString("<name>increment_id</name>"));

        given().contentType("text/xml")
                .body(call(session, "sales_order_invoice.create", string(SeedOrders.INVOICEABLE), struct()))
                .when().post(ENDPOINT)
                .then().statusCode(504);
        assertEquals("2.0000", OrderInfo.item(sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow(), 0,
                "qty_invoiced"), "the shop did the call");
        assertEquals("100000001", sandbox.invoiceInfo("100000001").orElseThrow().get("increment_id"));
    }

    @Test
    void failuresCanBeInjectedFromJavaToo() {
        sandbox.failNext(1, 502);

        given().contentType("text/xml").body(XmlRpcBodies.login(apiUser, apiKey))
                .when().post(ENDPOINT)
                .then().statusCode(502);
        assertThat(post(XmlRpcBodies.login(apiUser, apiKey)), containsString("<string>"));
    }
}

package io.shopbridge.sandbox.magento1;

import static io.restassured.RestAssured.given;
import static io.shopbridge.sandbox.magento1.OrderInfo.item;
import static io.shopbridge.sandbox.magento1.SandboxCalls.ENDPOINT;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.call;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.dbl;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.string;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.SeedCatalog;
import io.shopbridge.sandbox.magento1.shop.SeedOrders;

/** A lost answer (HTTP 504 after the shop did the call) hides shipments, cancellations and stock updates alike. */
@QuarkusTest
class SandboxLostAnswerStillDoneTest {

    @Inject
    Magento1Sandbox sandbox;

    @Inject
    FreshSandbox fresh;

    String session;

    @BeforeEach
    void freshSandboxAndSession() {
        session = fresh.session();
    }

    @Test
    void aShipmentWhoseAnswerIsLostExists() {
        lostAnswer("sales_order_shipment.create",
                call(session, "sales_order_shipment.create", string(SeedOrders.INVOICEABLE), struct()));

        Map<String, Object> order = sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow();
        assertEquals("2.0000", item(order, 0, "qty_shipped"));
        assertEquals(order.get("order_id"), sandbox.shipmentInfo("100000001").orElseThrow().get("order_id"));
    }

    @Test
    void aCancelAndAStockUpdateWhoseAnswersAreLostAreDone() {
        lostAnswer("sales_order.cancel", call(session, "sales_order.cancel", string(SeedOrders.GUEST)));
        assertEquals("canceled", sandbox.orderInfo(SeedOrders.GUEST).orElseThrow().get("state"));

        lostAnswer("cataloginventory_stock_item.update", call(session, "cataloginventory_stock_item.update",
                string("hdb006"), struct("qty", dbl("30.0"), "is_in_stock", "<value><int>1</int></value>")));
        List<Map<String, Object>> listed = XmlRpcAnswers.structs(SandboxCalls.post(call(session, "product_stock.list",
                XmlRpcBodies.array(string(Long.toString(SeedCatalog.PILLOW_OUT_OF_STOCK))))));
        assertEquals("30.0000", listed.get(0).get("qty"));
        assertEquals("1", listed.get(0).get("is_in_stock"));
    }

    private void lostAnswer(String apiMethod, String body) {
        sandbox.loseNextAnswer(apiMethod, 504);
        given().contentType("text/xml").body(body).when().post(ENDPOINT).then().statusCode(504);
    }
}

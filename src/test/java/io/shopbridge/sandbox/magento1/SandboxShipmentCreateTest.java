package io.shopbridge.sandbox.magento1;

import static io.shopbridge.sandbox.magento1.OrderInfo.item;
import static io.shopbridge.sandbox.magento1.SandboxCalls.faultCode;
import static io.shopbridge.sandbox.magento1.SandboxCalls.faultString;
import static io.shopbridge.sandbox.magento1.SandboxCalls.post;
import static io.shopbridge.sandbox.magento1.SandboxCalls.stringResult;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.bool;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.call;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.dbl;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.string;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.SeedOrders;

/**
 * {@code sales_order_shipment.create}, complete (empty map, as test_export_picking_complete.yaml sends) and partial.
 * Seed order 100000001 has items 501 (2 × 225.00) and 502 (1 × 190.00); 100000002 a configurable line 503 with its
 * child 504.
 */
@QuarkusTest
class SandboxShipmentCreateTest {

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
    void anEmptyMapShipsEverythingAndAnswersTheShipmentIncrementId() {
        String shipment = stringResult(post(call(session, "sales_order_shipment.create",
                string(SeedOrders.INVOICEABLE), struct(), string("Shipping Created"), bool(true), bool(true))));

        assertEquals("100000001", shipment);
        Map<String, Object> order = sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow();
        assertEquals("2.0000", item(order, 0, "qty_shipped"));
        assertEquals("1.0000", item(order, 1, "qty_shipped"));
        assertEquals("processing", order.get("state"), "shipped but not invoiced");
        Map<String, Object> info = XmlRpcAnswers.struct(post(call(session, "sales_order_shipment.info",
                string(shipment))));
        assertEquals("3.0000", info.get("total_qty"));
        assertEquals("1", info.get("email_sent"));
        assertEquals(order.get("order_id"), info.get("order_id"));
        assertEquals(List.of("501", "502"), ((List<?>) info.get("items")).stream()
                .map(row -> ((Map<?, ?>) row).get("order_item_id")).toList());
        Map<?, ?> comment = (Map<?, ?>) ((List<?>) info.get("comments")).get(0);
        assertEquals("Shipping Created", comment.get("comment"));
        assertEquals("1", comment.get("is_customer_notified"), "email and includeComment");
    }

    @Test
    void aPartialShipmentLeavesTheRestAndOmittedItemsAreNotShipped() {
        // unlike invoices, shipments have no "reuse the previous qty" quirk: 502 is left out, so not shipped
        post(call(session, "sales_order_shipment.create", string(SeedOrders.INVOICEABLE), struct("501", dbl("1.0"))));

        Map<String, Object> order = sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow();
        assertEquals("1.0000", item(order, 0, "qty_shipped"));
        assertEquals("0.0000", item(order, 1, "qty_shipped"));

        String second = stringResult(post(call(session, "sales_order_shipment.create", string(SeedOrders.INVOICEABLE),
                struct("501", dbl("5.0"), "502", dbl("1.0")))));
        assertEquals("100000002", second);
        order = sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow();
        assertEquals("2.0000", item(order, 0, "qty_shipped"), "a qty above what is left is cut down, not refused");
    }

    @Test
    void aShipmentWithoutCommentStillHasItsCommentRow() {
        String shipment = stringResult(post(call(session, "sales_order_shipment.create",
                string(SeedOrders.INVOICEABLE), struct())));

        Map<String, Object> info = sandbox.shipmentInfo(shipment).orElseThrow();
        Map<?, ?> comment = (Map<?, ?>) ((List<?>) info.get("comments")).get(0);
        assertNull(comment.get("comment"));
        assertNull(info.get("email_sent"));
    }

    @Test
    void aConfigurableChildShipsOneAlongAnEmptyMapAndNothingAlongItsParentsQty() {
        post(call(session, "sales_order_shipment.create", string(SeedOrders.CONFIGURABLE), struct("503", dbl("1"))));
        Map<String, Object> order = sandbox.orderInfo(SeedOrders.CONFIGURABLE).orElseThrow();
        assertEquals("1.0000", item(order, 0, "qty_shipped"));
        assertEquals("0.0000", item(order, 1, "qty_shipped"));

        post(call(session, "sales_order_shipment.create", string(SeedOrders.CONFIGURABLE), struct()));
        order = sandbox.orderInfo(SeedOrders.CONFIGURABLE).orElseThrow();
        assertEquals("2.0000", item(order, 0, "qty_shipped"));
        assertEquals("1.0000", item(order, 1, "qty_shipped"), "1.7 gives the child qty 1, whatever is shipped");
    }

    @Test
    void invoicedAndShippedMakesTheOrderComplete() {
        post(call(session, "sales_order_invoice.create", string(SeedOrders.INVOICEABLE), struct()));
        post(call(session, "sales_order_shipment.create", string(SeedOrders.INVOICEABLE), struct()));

        Map<String, Object> order = sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow();
        assertEquals("complete", order.get("state"));
        List<?> history = (List<?>) order.get("status_history");
        assertEquals("shipment", ((Map<?, ?>) history.get(history.size() - 1)).get("entity_name"));
        String again = post(call(session, "sales_order_shipment.create", string(SeedOrders.INVOICEABLE), struct()));
        assertEquals(102, faultCode(again));
        assertEquals("Cannot do shipment for order.", faultString(again));
    }

    @Test
    void refusedShipmentsChangeNothing() {
        String missing = post(call(session, "sales_order_shipment.create", string("999999999"), struct()));
        assertEquals(103, faultCode(missing));
        assertEquals("Requested order not exists.", faultString(missing));

        String canceled = post(call(session, "sales_order_shipment.create", string(SeedOrders.CANCELED), struct()));
        assertEquals(102, faultCode(canceled));

        String held = post(call(session, "sales_order_shipment.create", string(SeedOrders.HOLDED), struct()));
        assertEquals("Cannot do shipment for order.", faultString(held));

        String empty = post(call(session, "sales_order_shipment.create", string(SeedOrders.INVOICEABLE),
                struct("999", dbl("1"))));
        assertEquals(102, faultCode(empty));
        assertEquals("Cannot create an empty shipment.", faultString(empty));
        assertEquals("0.0000", item(sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow(), 0, "qty_shipped"));
    }
}

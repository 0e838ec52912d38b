package io.shopbridge.sandbox.magento1;

import static io.shopbridge.sandbox.magento1.OrderInfo.item;
import static io.shopbridge.sandbox.magento1.SandboxCalls.faultCode;
import static io.shopbridge.sandbox.magento1.SandboxCalls.faultString;
import static io.shopbridge.sandbox.magento1.SandboxCalls.post;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.call;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.dbl;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.string;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.SeedOrders;

/**
 * Magento 1.7's prepareInvoice never resets its qty variable, so an item left out of a non-empty qty map is invoiced
 * with the qty of the item before it (none for the first item). Seed order 100000001: item 501 (qty 2), 502 (qty 1).
 */
@QuarkusTest
class SandboxInvoiceQtyQuirkTest {

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
    void anOmittedItemIsInvoicedWithThePreviousItemsQty() {
        post(call(session, "sales_order_invoice.create", string(SeedOrders.INVOICEABLE), struct("501", dbl("1.0"))));

        Map<String, Object> order = sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow();
        assertEquals("1.0000", item(order, 0, "qty_invoiced"));
        assertEquals("1.0000", item(order, 1, "qty_invoiced"), "502 was not asked for");
    }

    @Test
    void aReusedQtyBeyondWhatIsLeftFailsOnTheOmittedItem() {
        String response = post(call(session, "sales_order_invoice.create", string(SeedOrders.INVOICEABLE),
                struct("501", dbl("2.0"))));

        assertEquals(1, faultCode(response));
        assertEquals("Invalid qty to invoice item \"French Cuff Cotton Twill Oxford\"", faultString(response));
    }

    @Test
    void anOmittedFirstItemHasNoPreviousQtyAndGetsNothing() {
        post(call(session, "sales_order_invoice.create", string(SeedOrders.INVOICEABLE), struct("502", dbl("1.0"))));

        Map<String, Object> order = sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow();
        assertEquals("0.0000", item(order, 0, "qty_invoiced"));
        assertEquals("1.0000", item(order, 1, "qty_invoiced"));
    }
}

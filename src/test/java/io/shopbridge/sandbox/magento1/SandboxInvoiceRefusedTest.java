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

/** The ways {@code sales_order_invoice.create} and {@code .info} say no, with 1.7's codes and texts. */
@QuarkusTest
class SandboxInvoiceRefusedTest {

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
    void aMissingOrderIs103() {
        String response = post(call(session, "sales_order_invoice.create", string("199999999"), struct()));

        assertEquals(103, faultCode(response));
        assertEquals("Requested order not exists.", faultString(response));
    }

    @Test
    void moreThanIsLeftToInvoiceIsFault1NamingTheItemAndChangesNothing() {
        String response = post(call(session, "sales_order_invoice.create", string(SeedOrders.INVOICEABLE),
                struct("501", dbl("3.0"), "502", dbl("1.0"))));

        assertEquals(1, faultCode(response));
        assertEquals("Invalid qty to invoice item \"Jackie O Round Sunglasses\"", faultString(response));
        Map<String, Object> order = sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow();
        assertEquals("0.0000", item(order, 0, "qty_invoiced"));
        assertEquals("new", order.get("state"));
    }

    @Test
    void aCanceledOrderCannotBeInvoiced() {
        String response = post(call(session, "sales_order_invoice.create", string(SeedOrders.CANCELED), struct()));

        assertEquals(102, faultCode(response));
        assertEquals("Cannot do invoice for order.", faultString(response));
    }

    @Test
    void aHoldedOrderCannotBeInvoiced() {
        String response = post(call(session, "sales_order_invoice.create", string(SeedOrders.HOLDED), struct()));

        assertEquals(102, faultCode(response));
        assertEquals("Cannot do invoice for order.", faultString(response));
    }

    @Test
    void anUnknownInvoiceIs100() {
        String response = post(call(session, "sales_order_invoice.info", string("100000999")));

        assertEquals(100, faultCode(response));
        assertEquals("Requested shipment not exists.", faultString(response));
    }
}

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
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.SeedOrders;

/**
 * {@code sales_order_invoice.create} books the invoiced qty on the order items and totals, moves the order to
 * processing and answers the invoice increment id; the invoice is then found by {@code list} and {@code info}.
 * Seed order 100000001 has items 501 (2 × 225.00) and 502 (1 × 190.00), 8.25% tax and 5.00 shipping.
 */
@QuarkusTest
class SandboxInvoiceCreateTest {

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
    void invoicingEveryItemAnswersTheInvoiceIncrementIdAndBooksTheOrder() {
        String response = post(call(session, "sales_order_invoice.create", string(SeedOrders.INVOICEABLE),
                struct("501", dbl("2.0"), "502", dbl("1.0")), string("Invoice Created"), bool(true), bool(false)));

        assertThat(response, containsString("<string>100000001</string>"));
        Map<String, Object> order = sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow();
        assertEquals("2.0000", item(order, 0, "qty_invoiced"));
        assertEquals("1.0000", item(order, 1, "qty_invoiced"));
        assertEquals("697.8100", order.get("total_invoiced"));
        assertEquals("640.0000", order.get("subtotal_invoiced"));
        assertEquals("697.8100", order.get("total_paid"), "check/money order invoices are paid at once");
        assertEquals("processing", order.get("state"));
        assertEquals("processing", order.get("status"));
    }

    @Test
    void anEmptyQtyMapInvoicesWhatIsLeftOfEveryItem() {
        post(call(session, "order_invoice.create", string(SeedOrders.INVOICEABLE), struct()));

        Map<String, Object> order = sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow();
        assertEquals("2.0000", item(order, 0, "qty_invoiced"));
        assertEquals("1.0000", item(order, 1, "qty_invoiced"));
    }

    @Test
    void aPartialInvoiceLeavesTheRestToInvoiceLater() {
        String first = stringResult(post(call(session, "sales_order_invoice.create", string(SeedOrders.INVOICEABLE),
                struct("501", dbl("1.0"), "502", dbl("0.0")))));
        String second = stringResult(post(call(session, "sales_order_invoice.create",
                string(SeedOrders.INVOICEABLE), struct("501", dbl("1.0"), "502", dbl("1.0")))));

        assertEquals("100000001", first);
        assertEquals("100000002", second);
        Map<String, Object> order = sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow();
        assertEquals("2.0000", item(order, 0, "qty_invoiced"));
        assertEquals("697.8100", order.get("total_invoiced"), "shipping goes on the first invoice only");
    }

    @Test
    void aSecondFullInvoiceIsRefusedWith102() {
        post(call(session, "sales_order_invoice.create", string(SeedOrders.INVOICEABLE), struct()));

        String again = post(call(session, "sales_order_invoice.create", string(SeedOrders.INVOICEABLE), struct()));

        assertEquals(102, faultCode(again));
        assertEquals("Cannot do invoice for order.", faultString(again));
    }

    @Test
    void theNewInvoiceIsListedForItsOrderAndReadable() {
        String invoice = stringResult(post(call(session, "sales_order_invoice.create",
                string(SeedOrders.INVOICEABLE), struct(), string("Paid by cheque"), bool(false), bool(false))));
        String orderId = (String) sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow().get("order_id");

        String listed = post(call(session, "sales_order_invoice.list", struct("order_id", struct("eq", string(orderId)))));
        assertThat(listed, containsString("<member><name>increment_id</name><value><string>" + invoice
                + "</string></value></member>"));
        assertThat(listed, containsString("<member><name>state</name><value><string>2</string></value></member>"));

        String info = post(call(session, "sales_order_invoice.info", string(invoice)));
        assertThat(info, containsString("<member><name>order_increment_id</name><value><string>"
                + SeedOrders.INVOICEABLE + "</string></value></member>"));
        assertThat(info, containsString("<member><name>grand_total</name><value><string>697.8100</string>"));
        assertThat(info, containsString("<member><name>comment</name><value><string>Paid by cheque</string>"));
    }

    @Test
    void otherOrdersInvoicesAreNotListed() {
        post(call(session, "sales_order_invoice.create", string(SeedOrders.INVOICEABLE), struct()));

        String listed = post(call(session, "sales_order_invoice.list", struct("order_id", string("999"))));

        assertThat(listed, containsString("<array><data/></array>"));
    }

    @Test
    void aConfigurableLineIsInvoicedOnItsParentItem() {
        post(call(session, "sales_order_invoice.create", string(SeedOrders.CONFIGURABLE), struct("503", dbl("2"))));

        Map<String, Object> order = sandbox.orderInfo(SeedOrders.CONFIGURABLE).orElseThrow();
        assertEquals("configurable", item(order, 0, "product_type"));
        assertEquals("2.0000", item(order, 0, "qty_invoiced"));
        assertEquals("503", item(order, 1, "parent_item_id"));
        assertEquals("130.8000", order.get("total_invoiced"));
    }
}

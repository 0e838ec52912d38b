package io.shopbridge.sandbox.magento1;

import static io.shopbridge.sandbox.magento1.OrderInfo.item;
import static io.shopbridge.sandbox.magento1.SandboxCalls.faultCode;
import static io.shopbridge.sandbox.magento1.SandboxCalls.faultString;
import static io.shopbridge.sandbox.magento1.SandboxCalls.post;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.bool;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.call;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.string;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.SeedOrders;

/**
 * {@code sales_order.cancel / hold / unhold / addComment} with Magento's state rules: each answers {@code true} or
 * fault 103, records a status history entry and moves {@code updated_at}, so an {@code updated_at} filter finds it.
 */
@QuarkusTest
class SandboxOrderStateChangeTest {

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
    void cancelCancelsWhatIsLeftAndTheChangeIsListedByUpdatedAt() {
        sandbox.advanceClock(Duration.ofMinutes(30));

        assertEquals(Boolean.TRUE, XmlRpcAnswers.result(post(call(session, "sales_order.cancel",
                string(SeedOrders.INVOICEABLE)))));

        Map<String, Object> order = sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow();
        assertEquals("canceled", order.get("state"));
        assertEquals("2.0000", item(order, 0, "qty_canceled"));
        assertEquals("697.8100", order.get("total_canceled"));
        List<?> history = (List<?>) order.get("status_history");
        assertEquals("canceled", ((Map<?, ?>) history.get(history.size() - 1)).get("status"));
        List<Map<String, Object>> changed = XmlRpcAnswers.structs(post(call(session, "sales_order.list",
                struct("updated_at", struct("from", string((String) order.get("updated_at")))))));
        assertEquals(List.of(SeedOrders.INVOICEABLE), changed.stream().map(row -> row.get("increment_id")).toList());
    }

    @Test
    void cancelRefusesCanceledCompleteAndFullyInvoicedOrders() {
        String again = post(call(session, "sales_order.cancel", string(SeedOrders.CANCELED)));
        assertEquals(103, faultCode(again));
        assertEquals("Order status not changed. Details in error message.", faultString(again));

        post(call(session, "sales_order_invoice.create", string(SeedOrders.INVOICEABLE), struct()));
        post(call(session, "sales_order_shipment.create", string(SeedOrders.INVOICEABLE), struct()));
        String complete = post(call(session, "sales_order.cancel", string(SeedOrders.INVOICEABLE)));
        assertEquals(103, faultCode(complete));
        assertEquals("complete", sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow().get("state"));

        String missing = post(call(session, "sales_order.cancel", string("999")));
        assertEquals(100, faultCode(missing));
        assertEquals("Requested order not exists.", faultString(missing));
    }

    @Test
    void holdThenUnholdGoesBackToTheStateBefore() {
        post(call(session, "sales_order_invoice.create", string(SeedOrders.GUEST), struct()));

        post(call(session, "sales_order.hold", string(SeedOrders.GUEST)));
        Map<String, Object> held = sandbox.orderInfo(SeedOrders.GUEST).orElseThrow();
        assertEquals("holded", held.get("state"));
        assertEquals("processing", held.get("hold_before_state"));

        String twice = post(call(session, "sales_order.hold", string(SeedOrders.GUEST)));
        assertEquals(103, faultCode(twice));
        assertEquals("Hold action is not available.", faultString(twice));

        post(call(session, "sales_order.unhold", string(SeedOrders.GUEST)));
        Map<String, Object> released = sandbox.orderInfo(SeedOrders.GUEST).orElseThrow();
        assertEquals("processing", released.get("state"));
        assertEquals("processing", released.get("status"));
        assertEquals(null, released.get("hold_before_state"));

        String notHeld = post(call(session, "sales_order.unhold", string(SeedOrders.GUEST)));
        assertEquals(103, faultCode(notHeld));
        assertEquals("Unhold action is not available.", faultString(notHeld));
    }

    @Test
    void addCommentSetsTheStatusOnlyAsOcaCancelsAndReopens() {
        assertEquals(Boolean.TRUE, XmlRpcAnswers.result(post(call(session, "sales_order.addComment",
                string(SeedOrders.INVOICEABLE), string("canceled")))));

        Map<String, Object> order = sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow();
        assertEquals("new", order.get("state"), "addComment never changes the state");
        assertEquals("canceled", order.get("status"));

        post(call(session, "sales_order.addComment", string(SeedOrders.INVOICEABLE), bool(true),
                string("Back to default"), bool(true)));
        order = sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow();
        assertEquals("pending", order.get("status"), "PHP true is the state's default status");
        List<?> history = (List<?>) order.get("status_history");
        Map<?, ?> last = (Map<?, ?>) history.get(history.size() - 1);
        assertEquals("Back to default", last.get("comment"));
        assertEquals("1", last.get("is_customer_notified"));
        assertEquals(100, faultCode(post(call(session, "sales_order.addComment", string("999"), string("x")))));
    }
}

package io.shopbridge.sandbox.magento1;

import static io.shopbridge.sandbox.magento1.OrderInfo.item;
import static io.shopbridge.sandbox.magento1.SandboxCalls.post;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.call;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.SeedOrders;

/** The capture-shaped seed orders answer {@code sales_order.info} with the totals and links the captures have. */
@QuarkusTest
class SandboxSeedOrdersTest {

    @Inject
    FreshSandbox fresh;

    String session;

    @BeforeEach
    void freshSandboxAndSession() {
        session = fresh.session();
    }

    @Test
    void theOrderOfCapture100000201HasItsIdsAndTotals() {
        Map<String, Object> order = info(SeedOrders.TWO_CONFIGURABLES);

        assertEquals("181", order.get("order_id"));
        assertEquals("543", item(order, 0, "item_id"));
        assertEquals("543", item(order, 1, "parent_item_id"));
        assertEquals("344.0000", order.get("subtotal"));
        assertEquals("30.9600", order.get("tax_amount"));
        assertEquals("12.3100", order.get("shipping_amount"));
        assertEquals("387.2700", order.get("grand_total"));
        assertEquals("ups_GND", order.get("shipping_method"));
        assertEquals("United Parcel Service - Ground", order.get("shipping_description"));
        Map<?, ?> billing = (Map<?, ?>) order.get("billing_address");
        assertEquals("92", billing.get("customer_address_id"));
        assertEquals("Culver City", billing.get("city"));
    }

    @Test
    void aDiscountIsNegativeOnTheOrderAndTaxedAfter() {
        Map<String, Object> order = info(SeedOrders.DISCOUNTED);

        assertEquals("-52.5000", order.get("discount_amount"));
        assertEquals("38.9800", order.get("tax_amount"), "8.25% of 525.00 - 52.50");
        assertEquals("521.4800", order.get("grand_total"));
        assertEquals("25.0000", item(order, 0, "discount_amount"));
        assertEquals("4", order.get("customer_group_id"));
        assertEquals("River Street", ((Map<?, ?>) order.get("shipping_address")).get("street"));
        assertEquals("Canal Street", ((Map<?, ?>) order.get("billing_address")).get("street"));
    }

    @Test
    void aFullDiscountIsAZeroTotalAndAnotherCurrencyIsKept() {
        assertEquals("0.0000", info(SeedOrders.FREE).get("grand_total"));

        Map<String, Object> euros = info(SeedOrders.EUROS);
        assertEquals("EUR", euros.get("order_currency_code"));
        assertEquals("EUR", euros.get("base_currency_code"));
        assertEquals("USD", euros.get("global_currency_code"));
        assertEquals("1.0850", euros.get("base_to_global_rate"));
        assertEquals("257.0000", euros.get("grand_total"));
        assertEquals("Drew France", ((Map<?, ?>) euros.get("billing_address")).get("company"));
    }

    @Test
    void anEditIsLinkedToTheOrderItReplacedWhichIsCanceled() {
        Map<String, Object> edit = info(SeedOrders.EDIT);
        Map<String, Object> replaced = info(SeedOrders.EDITED);

        assertEquals(SeedOrders.EDITED, edit.get("original_increment_id"));
        assertEquals("1", edit.get("edit_increment"));
        assertEquals(SeedOrders.EDITED, edit.get("relation_parent_real_id"));
        assertEquals(replaced.get("order_id"), edit.get("relation_parent_id"));
        assertEquals(SeedOrders.EDIT, replaced.get("relation_child_real_id"));
        assertEquals("canceled", replaced.get("state"));
        assertEquals("2024-05-07 13:30:00", replaced.get("updated_at"), "canceled when the edit was placed");
    }

    private Map<String, Object> info(String incrementId) {
        return XmlRpcAnswers.struct(post(call(session, "sales_order.info", string(incrementId))));
    }
}

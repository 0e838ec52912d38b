package io.shopbridge.sandbox.magento1;

import static io.shopbridge.sandbox.magento1.OrderInfo.item;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.shopbridge.sandbox.magento1.sales.SalesOrderResource;
import io.shopbridge.sandbox.magento1.shop.ItemQtys;
import io.shopbridge.sandbox.magento1.shop.Order;
import io.shopbridge.sandbox.magento1.shop.SeedOrders;
import io.shopbridge.sandbox.magento1.shop.Shop;

/** With {@code reuse-previous-qty-quirk=false} the shop behaves like later 1.x: omitted items are not invoiced. */
class InvoiceWithoutQtyQuirkTest {

    private final Shop shop = new Shop(Clock.systemUTC(), false);

    @Test
    void anOmittedItemIsNotInvoiced() {
        Map<String, Object> order = shop.locked(() -> {
            SeedOrders.seed(shop);
            Order invoiceable = shop.order(SeedOrders.INVOICEABLE).orElseThrow();
            shop.createInvoice(invoiceable, ItemQtys.from(Map.of("501", 1.0)), null, false);
            return SalesOrderResource.infoOf(invoiceable);
        });

        assertEquals("1.0000", item(order, 0, "qty_invoiced"));
        assertEquals("0.0000", item(order, 1, "qty_invoiced"));
    }
}

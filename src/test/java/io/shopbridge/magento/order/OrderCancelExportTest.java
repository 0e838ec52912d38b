package io.shopbridge.magento.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.BoundOrders;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.TestShop;
import io.shopbridge.support.TestShops;

/**
 * An ERP order canceled is canceled on its shop with one comment, on every version (1.7 {@code sales_order.cancel}
 * and {@code addComment}; 2.x {@code POST /V1/orders/{id}/cancel} and {@code comments}).
 */
@QuarkusTest
class OrderCancelExportTest {

    @Inject
    BoundOrders orders;

    @Inject
    JobRows jobs;

    @Inject
    TestShops shops;

    @ParameterizedTest(name = "Magento {0}")
    @ValueSource(strings = {"1.7", "2.x"})
    void theShopOrderIsCanceledWithOneComment(String version) {
        TestShop shop = shops.of(version);
        BoundOrders.BoundOrder order = orders.place(shop, OrderState.NEW);
        String uuid = orders.setState(order, "cancel");
        jobs.awaitState(uuid, "done");

        assertEquals("canceled", shop.orderState(order.externalId()));
        assertEquals(1, shop.historyComments(order.externalId(),
                "Order SO-" + order.externalId() + " canceled in the ERP"));
        assertEquals("order SO-" + order.externalId() + " (cancel) exported to " + shop.id() + " as "
                + order.externalId(), jobs.column(uuid, "result"));
    }
}

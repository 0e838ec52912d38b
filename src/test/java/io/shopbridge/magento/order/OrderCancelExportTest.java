package io.shopbridge.magento.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.BoundOrders;
import io.shopbridge.support.JobRows;

/**
 * An ERP order canceled is canceled on its shop: the sale order's event fans out to its binding, whose job comments
 * the order (sales_order.addComment) and cancels it (sales_order.cancel).
 */
@QuarkusTest
class OrderCancelExportTest {

    @Inject
    BoundOrders orders;

    @Inject
    JobRows jobs;

    @Test
    void theShopOrderIsCanceledWithOneComment() {
        BoundOrders.BoundOrder order = orders.place(OrderState.NEW);

        String uuid = orders.setState(order, "cancel");
        jobs.awaitState(uuid, "done");

        assertEquals("canceled", orders.shopState(order.incrementId()));
        assertEquals(1, orders.historyComments(order.incrementId(),
                "Order SO-" + order.incrementId() + " canceled in the ERP"));
        assertEquals("order SO-" + order.incrementId() + " (cancel) exported to shop-eu as " + order.incrementId(),
                jobs.column(uuid, "result"));
    }
}

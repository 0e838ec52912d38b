package io.shopbridge.magento.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.BoundOrders;
import io.shopbridge.support.JobRows;

/** An ERP order put on hold is held on its shop (sales_order.hold), and released (sales_order.unhold) when it is. */
@QuarkusTest
class OrderHoldAndReleaseExportTest {

    @Inject
    BoundOrders orders;

    @Inject
    JobRows jobs;

    @Test
    void holdThenReleaseEachWithTheirComment() {
        BoundOrders.BoundOrder order = orders.place(OrderState.PROCESSING);

        jobs.awaitState(orders.setState(order, "hold"), "done");
        assertEquals("holded", orders.shopState(order.incrementId()));
        assertEquals(1, orders.historyComments(order.incrementId(),
                "Order SO-" + order.incrementId() + " put on hold in the ERP"));

        jobs.awaitState(orders.setState(order, "sale"), "done");
        assertEquals("processing", orders.shopState(order.incrementId()));
        assertEquals(1, orders.historyComments(order.incrementId(),
                "Order SO-" + order.incrementId() + " released in the ERP"));

        jobs.awaitState(orders.setState(order, "sale"), "done");
        assertEquals(1, orders.historyComments(order.incrementId(),
                "Order SO-" + order.incrementId() + " released in the ERP"), "a write that changes no state says nothing");
    }
}

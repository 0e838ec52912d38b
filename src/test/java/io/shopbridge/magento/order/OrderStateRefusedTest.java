package io.shopbridge.magento.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.BoundOrders;
import io.shopbridge.support.JobRows;

/** A hold the shop refuses (the order is canceled there) fails the job at once with Magento's fault. */
@QuarkusTest
class OrderStateRefusedTest {

    @Inject
    BoundOrders orders;

    @Inject
    JobRows jobs;

    @Test
    void theJobFailsWithTheFault() {
        BoundOrders.BoundOrder order = orders.place(OrderState.CANCELED);

        String uuid = orders.setState(order, "hold");
        jobs.awaitState(uuid, "failed");

        assertEquals("Magento fault 103: Hold action is not available.", jobs.column(uuid, "error"));
        assertEquals(1, jobs.attempts(uuid));
        assertEquals("canceled", orders.shopState(order.incrementId()));
    }
}

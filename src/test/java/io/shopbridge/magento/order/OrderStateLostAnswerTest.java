package io.shopbridge.magento.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.BoundOrders;
import io.shopbridge.support.JobRows;

/**
 * The shop canceled the order but its answer was lost: the retry reads the order canceled, and neither cancels again
 * (which Magento would refuse with fault 103) nor comments a second time.
 */
@QuarkusTest
class OrderStateLostAnswerTest {

    @Inject
    BoundOrders orders;

    @Inject
    JobRows jobs;

    @Inject
    Magento1Sandbox sandbox;

    @Test
    void theRetryFindsTheOrderCanceledAndDoesNothingTwice() {
        BoundOrders.BoundOrder order = orders.place(OrderState.NEW);
        sandbox.loseNextAnswer("sales_order.cancel", 504);

        String uuid = orders.setState(order, "cancel");
        jobs.awaitState(uuid, "done");

        assertEquals(2, jobs.attempts(uuid));
        assertEquals("canceled", orders.shopState(order.incrementId()));
        assertEquals(1, orders.historyComments(order.incrementId(),
                "Order SO-" + order.incrementId() + " canceled in the ERP"));
    }
}

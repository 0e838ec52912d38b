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
 * The shop canceled the order but its answer was lost: the retry finds the order canceled, adds the comment once and
 * cancels nothing twice, on every version.
 */
@QuarkusTest
class OrderStateLostAnswerTest {

    @Inject
    BoundOrders orders;

    @Inject
    JobRows jobs;

    @Inject
    TestShops shops;

    @ParameterizedTest(name = "Magento {0}")
    @ValueSource(strings = {"1.7", "2.x"})
    void theRetryFindsTheOrderCanceledAndDoesNothingTwice(String version) {
        TestShop shop = shops.of(version);
        BoundOrders.BoundOrder order = orders.place(shop, OrderState.NEW);
        shop.loseNextAnswer(TestShop.Call.CANCEL);
        String uuid = orders.setState(order, "cancel");
        jobs.awaitState(uuid, "done");

        assertEquals(2, jobs.attempts(uuid));
        assertEquals("canceled", shop.orderState(order.externalId()));
        assertEquals(1, shop.historyComments(order.externalId(),
                "Order SO-" + order.externalId() + " canceled in the ERP"));
    }
}

package io.shopbridge.magento.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.BoundOrders;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.TestShop;
import io.shopbridge.support.TestShops;

/** A state the shop refuses (holding a canceled order) fails the job at once with the shop's words. */
@QuarkusTest
class OrderStateRefusedTest {

    @Inject
    BoundOrders orders;

    @Inject
    JobRows jobs;

    @Inject
    TestShops shops;

    @ParameterizedTest(name = "Magento {0}")
    @CsvSource(delimiter = '|', value = {
        "1.7 | Magento fault 103: Hold action is not available.",
        "2.x | Magento shop-us answered HTTP 400: A hold action is not available."})
    void theJobFailsWithTheShopsWords(String version, String error) {
        TestShop shop = shops.of(version);
        BoundOrders.BoundOrder order = orders.place(shop, OrderState.CANCELED);
        String uuid = orders.setState(order, "hold");
        jobs.awaitState(uuid, "failed");
        assertEquals(error, jobs.column(uuid, "error"));
        assertEquals(1, jobs.attempts(uuid));
        assertEquals("canceled", shop.orderState(order.externalId()));
    }
}

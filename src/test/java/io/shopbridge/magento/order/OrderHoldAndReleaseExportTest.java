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

/** An ERP order put on hold is held on its shop, and released when it is, on every version. */
@QuarkusTest
class OrderHoldAndReleaseExportTest {

    @Inject
    BoundOrders orders;

    @Inject
    JobRows jobs;

    @Inject
    TestShops shops;

    @ParameterizedTest(name = "Magento {0}")
    @ValueSource(strings = {"1.7", "2.x"})
    void holdThenReleaseEachWithTheirComment(String version) {
        TestShop shop = shops.of(version);
        BoundOrders.BoundOrder order = orders.place(shop, OrderState.PROCESSING);
        String id = order.externalId();

        jobs.awaitState(orders.setState(order, "hold"), "done");
        assertEquals("holded", shop.orderState(id));
        assertEquals(1, shop.historyComments(id, "Order SO-" + id + " put on hold in the ERP"));

        jobs.awaitState(orders.setState(order, "sale"), "done");
        assertEquals("processing", shop.orderState(id));
        assertEquals(1, shop.historyComments(id, "Order SO-" + id + " released in the ERP"));

        jobs.awaitState(orders.setState(order, "sale"), "done");
        assertEquals(1, shop.historyComments(id, "Order SO-" + id + " released in the ERP"),
                "a write that changes no state says nothing");
    }
}

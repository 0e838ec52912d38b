package io.shopbridge.magento.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.BoundOrders;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.ShipmentScenario;

/**
 * A picking of part of the order ships only that part: 1.7 would give the item left out the quantity of the item
 * before it, so every item is sent, 0 for those the picking does not carry.
 */
@QuarkusTest
class ShipmentExportPartialTest {

    @Inject
    ShipmentScenario scenario;

    @Inject
    BoundOrders orders;

    @Inject
    JobRows jobs;

    @Test
    void aPartialPickingShipsOnlyItsQuantities() {
        ShipmentScenario.Setup setup = scenario.partialPicking(OrderState.PROCESSING);
        ShipmentScenario.Export export = scenario.bind(setup);
        jobs.awaitState(export.jobUuid(), "done");

        assertEquals("0.0000", orders.itemColumn(setup.order().incrementId(), setup.order().firstItemId(),
                "qty_shipped"));
        assertEquals("1.0000", orders.itemColumn(setup.order().incrementId(), setup.order().secondItemId(),
                "qty_shipped"));
    }
}

package io.shopbridge.magento.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.BoundOrders;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.ShipmentScenario;

/**
 * The shop created the shipment but its answer was lost: the retry finds that shipment by its comment and binds it,
 * instead of shipping the items a second time.
 */
@QuarkusTest
class ShipmentExportLostAnswerTest {

    @Inject
    ShipmentScenario scenario;

    @Inject
    BoundOrders orders;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    Magento1Sandbox sandbox;

    @Test
    void theRetryBindsTheShipmentTheLostAnswerWouldHaveNamed() {
        ShipmentScenario.Setup setup = scenario.partialPicking(OrderState.PROCESSING);
        sandbox.loseNextAnswer("sales_order_shipment.create", 504);
        ShipmentScenario.Export export = scenario.bind(setup);
        jobs.awaitState(export.jobUuid(), "done");

        assertEquals(2, jobs.attempts(export.jobUuid()));
        assertEquals("1.0000", orders.itemColumn(setup.order().incrementId(), setup.order().secondItemId(),
                "qty_shipped"), "one shipment of 1 × SKU-B, not two");
        String shipmentId = db.value(String.class, "SELECT external_id FROM magento_stock_picking WHERE id = ?",
                export.bindingId());
        assertEquals(sandbox.orderInfo(setup.order().incrementId()).orElseThrow().get("order_id"),
                sandbox.shipmentInfo(shipmentId).orElseThrow().get("order_id"));
        assertEquals("picking " + setup.pickingName() + " found on shop-eu as " + shipmentId,
                jobs.column(export.jobUuid(), "result"));
    }
}

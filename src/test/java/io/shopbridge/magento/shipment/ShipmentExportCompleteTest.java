package io.shopbridge.magento.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.BoundOrders;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.ShipmentScenario;

/** Binding a picking of the whole order ships it all: event, job, sales_order_shipment.create, binding. */
@QuarkusTest
class ShipmentExportCompleteTest {

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
    void aCompletePickingShipsEveryItemAndBindsTheShipment() {
        ShipmentScenario.Setup setup = scenario.completePicking(OrderState.PROCESSING);
        ShipmentScenario.Export export = scenario.bind(setup);
        jobs.awaitState(export.jobUuid(), "done");

        String shipmentId = db.value(String.class, "SELECT external_id FROM magento_stock_picking WHERE id = ?",
                export.bindingId());
        assertNotNull(shipmentId);
        assertNotNull(db.value(java.time.OffsetDateTime.class,
                "SELECT sync_date FROM magento_stock_picking WHERE id = ?", export.bindingId()));
        assertEquals("picking " + setup.pickingName() + " exported to shop-eu as " + shipmentId,
                jobs.column(export.jobUuid(), "result"));

        Map<String, Object> shipment = sandbox.shipmentInfo(shipmentId).orElseThrow();
        assertEquals(sandbox.orderInfo(setup.order().incrementId()).orElseThrow().get("order_id"),
                shipment.get("order_id"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) shipment.get("items");
        assertEquals(Map.of(setup.order().firstItemId(), "2.0000", setup.order().secondItemId(), "3.0000"),
                Map.of((String) items.get(0).get("order_item_id"), items.get(0).get("qty"),
                        (String) items.get(1).get("order_item_id"), items.get(1).get("qty")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> comments = (List<Map<String, Object>>) shipment.get("comments");
        assertEquals("Shipment " + setup.pickingName(), comments.get(0).get("comment"));
        assertEquals("2.0000", orders.itemColumn(setup.order().incrementId(), setup.order().firstItemId(),
                "qty_shipped"));
        assertEquals("3.0000", orders.itemColumn(setup.order().incrementId(), setup.order().secondItemId(),
                "qty_shipped"));
    }
}

package io.shopbridge.magento.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.ShipmentScenario;
import io.shopbridge.support.TestShop;
import io.shopbridge.support.TestShops;

/**
 * Binding a picking of the whole order ships it all, on every version: event, job, the shop's shipment call (1.7
 * {@code sales_order_shipment.create}, 2.x {@code POST /V1/order/{id}/ship}), binding.
 */
@QuarkusTest
class ShipmentExportCompleteTest {

    @Inject
    ShipmentScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    TestShops shops;

    @ParameterizedTest(name = "Magento {0}")
    @ValueSource(strings = {"1.7", "2.x"})
    void aCompletePickingShipsEveryItemAndBindsTheShipment(String version) {
        TestShop shop = shops.of(version);
        ShipmentScenario.Setup setup = scenario.completePicking(shop, OrderState.PROCESSING);
        ShipmentScenario.Export export = scenario.bind(setup);
        jobs.awaitState(export.jobUuid(), "done");

        String shipmentId = db.value(String.class, "SELECT external_id FROM magento_stock_picking WHERE id = ?",
                export.bindingId());
        assertNotNull(shipmentId);
        assertNotNull(db.value(OffsetDateTime.class, "SELECT sync_date FROM magento_stock_picking WHERE id = ?",
                export.bindingId()));
        assertEquals("picking " + setup.pickingName() + " exported to " + shop.id() + " as " + shipmentId,
                jobs.column(export.jobUuid(), "result"));

        String order = setup.order().externalId();
        TestShop.Document shipment = shop.shipment(shipmentId);
        assertEquals(shop.orderEntityId(order), shipment.orderEntityId());
        assertEquals(Map.of(setup.order().firstItemId(), new BigDecimal("2"), setup.order().secondItemId(),
                new BigDecimal("3")), shipment.covered());
        assertEquals(List.of("Shipment " + setup.pickingName()), shipment.comments());
        assertEquals(0, new BigDecimal("2").compareTo(shop.itemQty(order, setup.order().firstItemId(),
                "qty_shipped")));
        assertEquals(0, new BigDecimal("3").compareTo(shop.itemQty(order, setup.order().secondItemId(),
                "qty_shipped")));
    }
}

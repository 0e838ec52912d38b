package io.shopbridge.magento.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
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

/** Binding a picking of part of the order ships only its moves' quantities, on every version. */
@QuarkusTest
class ShipmentExportPartialTest {

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
    void aPartialPickingShipsOnlyItsQuantities(String version) {
        TestShop shop = shops.of(version);
        ShipmentScenario.Setup setup = scenario.partialPicking(shop, OrderState.PROCESSING);
        ShipmentScenario.Export export = scenario.bind(setup);
        jobs.awaitState(export.jobUuid(), "done");

        String order = setup.order().externalId();
        String shipmentId = db.value(String.class, "SELECT external_id FROM magento_stock_picking WHERE id = ?",
                export.bindingId());
        assertEquals(Map.of(setup.order().secondItemId(), BigDecimal.ONE), shop.shipment(shipmentId).covered());
        assertEquals(0, shop.itemQty(order, setup.order().firstItemId(), "qty_shipped").signum());
        assertEquals(0, BigDecimal.ONE.compareTo(shop.itemQty(order, setup.order().secondItemId(), "qty_shipped")));
        assertEquals("processing", shop.orderState(order), "the order is not all shipped");
    }
}

package io.shopbridge.magento.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

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
 * The shop shipped but its answer was lost: the retry finds that shipment by its comment and binds it, on every
 * version, instead of shipping the quantities twice.
 */
@QuarkusTest
class ShipmentExportLostAnswerTest {

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
    void theRetryBindsTheShipmentTheLostAnswerWouldHaveNamed(String version) {
        TestShop shop = shops.of(version);
        ShipmentScenario.Setup setup = scenario.partialPicking(shop, OrderState.PROCESSING);
        shop.loseNextAnswer(TestShop.Call.SHIPMENT);
        ShipmentScenario.Export export = scenario.bind(setup);
        jobs.awaitState(export.jobUuid(), "done");

        assertEquals(2, jobs.attempts(export.jobUuid()));
        String order = setup.order().externalId();
        assertEquals(0, BigDecimal.ONE.compareTo(shop.itemQty(order, setup.order().secondItemId(), "qty_shipped")),
                "one shipment of 1 × SKU-B, not two");
        String shipmentId = db.value(String.class, "SELECT external_id FROM magento_stock_picking WHERE id = ?",
                export.bindingId());
        assertEquals(shop.orderEntityId(order), shop.shipment(shipmentId).orderEntityId());
        assertEquals("picking " + setup.pickingName() + " found on " + shop.id() + " as " + shipmentId,
                jobs.column(export.jobUuid(), "result"));
    }
}

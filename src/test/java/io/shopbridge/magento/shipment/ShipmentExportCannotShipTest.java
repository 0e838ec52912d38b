package io.shopbridge.magento.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.ShipmentScenario;

/**
 * A held order cannot ship: Magento answers fault 102, which a shipment made by an earlier run could also cause; the
 * job looks for one, finds none of ours, and fails saying so, with the picking left unbound.
 */
@QuarkusTest
class ShipmentExportCannotShipTest {

    @Inject
    ShipmentScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Test
    void theJobFailsWithTheFaultAndWhatItChecked() {
        ShipmentScenario.Setup setup = scenario.completePicking(OrderState.HOLDED);
        ShipmentScenario.Export export = scenario.bind(setup);
        jobs.awaitState(export.jobUuid(), "failed");

        assertEquals("Magento fault 102: Cannot do shipment for order.; looked for a record an earlier run made: "
                + "checked the 0 shipment(s) of order " + setup.order().incrementId() + " for comment 'Shipment "
                + setup.pickingName() + "', none is ours", jobs.column(export.jobUuid(), "error"));
        assertEquals(1, jobs.attempts(export.jobUuid()));
        assertNull(db.value(String.class, "SELECT external_id FROM magento_stock_picking WHERE id = ?",
                export.bindingId()));
    }
}

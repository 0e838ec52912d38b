package io.shopbridge.magento.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.ShipmentScenario;

/** A carrier the shop cannot track is refused (fault 102): the job fails at once with Magento's words. */
@QuarkusTest
class TrackingNumberRefusedCarrierTest {

    @Inject
    ShipmentScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    Magento1Sandbox sandbox;

    @Test
    void theJobFailsAndTheNumberStaysUnbound() {
        ShipmentScenario.Setup setup = scenario.completePicking(OrderState.PROCESSING);
        String shipmentId = scenario.shipped(setup);

        db.update("UPDATE stock_picking SET carrier_code = 'pigeon', carrier_tracking_ref = 'P1' WHERE id = ?",
                setup.pickingId());
        long trackBinding = TrackBindings.awaitFor(db, setup.pickingId());
        String uuid = jobs.awaitJobFor("export_tracking_number", MagentoModels.STOCK_PICKING_TRACK, trackBinding);
        jobs.awaitState(uuid, "failed");

        assertEquals("Magento fault 102: Invalid carrier specified.", jobs.column(uuid, "error"));
        assertEquals(1, jobs.attempts(uuid));
        assertNull(db.value(String.class, "SELECT external_id FROM magento_stock_picking_track WHERE id = ?",
                trackBinding));
        assertEquals(0, TrackBindings.tracks(sandbox, shipmentId).size());
    }
}

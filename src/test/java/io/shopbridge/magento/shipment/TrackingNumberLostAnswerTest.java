package io.shopbridge.magento.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.ShipmentScenario;

/** The shop added the track but its answer was lost: the retry finds the number on the shipment and binds that track. */
@QuarkusTest
class TrackingNumberLostAnswerTest {

    @Inject
    ShipmentScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    Magento1Sandbox sandbox;

    @Test
    void theRetryBindsTheTrackInsteadOfAddingASecond() {
        ShipmentScenario.Setup setup = scenario.completePicking(OrderState.PROCESSING);
        String shipmentId = scenario.shipped(setup);
        sandbox.loseNextAnswer("sales_order_shipment.addTrack", 504);

        db.update("UPDATE stock_picking SET carrier_code = 'dhl', carrier_tracking_ref = 'JD0002' WHERE id = ?",
                setup.pickingId());
        long trackBinding = TrackBindings.awaitFor(db, setup.pickingId());
        String uuid = jobs.awaitJobFor("export_tracking_number", MagentoModels.STOCK_PICKING_TRACK, trackBinding);
        jobs.awaitState(uuid, "done");

        assertEquals(2, jobs.attempts(uuid));
        List<Map<String, Object>> tracks = TrackBindings.tracks(sandbox, shipmentId);
        assertEquals(1, tracks.size(), "one track, not two");
        String trackId = db.value(String.class, "SELECT external_id FROM magento_stock_picking_track WHERE id = ?",
                trackBinding);
        assertEquals(tracks.get(0).get("track_id"), trackId);
        assertEquals("tracking number JD0002 of picking " + setup.pickingName() + " found on shop-eu as track "
                + trackId, jobs.column(uuid, "result"));
    }
}

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

/**
 * A tracking number written on a shipped picking goes on its shipment: the picking's event binds the number, whose
 * binding's event runs sales_order_shipment.addTrack; writing the picking again adds nothing.
 */
@QuarkusTest
class TrackingNumberExportTest {

    @Inject
    ShipmentScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    Magento1Sandbox sandbox;

    @Test
    void theNumberIsAddedToTheShipmentOnceAndItsTrackBound() {
        ShipmentScenario.Setup setup = scenario.completePicking(OrderState.PROCESSING);
        String shipmentId = scenario.shipped(setup);

        db.update("UPDATE stock_picking SET carrier_code = 'ups', carrier_tracking_ref = '1Z999AA10123456784' "
                + "WHERE id = ?", setup.pickingId());
        long trackBinding = TrackBindings.awaitFor(db, setup.pickingId());
        String uuid = jobs.awaitJobFor("export_tracking_number", MagentoModels.STOCK_PICKING_TRACK, trackBinding);
        jobs.awaitState(uuid, "done");

        List<Map<String, Object>> tracks = TrackBindings.tracks(sandbox, shipmentId);
        assertEquals(1, tracks.size());
        assertEquals("1Z999AA10123456784", tracks.get(0).get("number"));
        assertEquals("ups", tracks.get(0).get("carrier_code"));
        assertEquals("", tracks.get(0).get("title"));
        String trackId = db.value(String.class, "SELECT external_id FROM magento_stock_picking_track WHERE id = ?",
                trackBinding);
        assertEquals(tracks.get(0).get("track_id"), trackId);
        assertEquals("tracking number 1Z999AA10123456784 of picking " + setup.pickingName() + " exported to shop-eu"
                + " as track " + trackId, jobs.column(uuid, "result"));

        db.update("UPDATE stock_picking SET state = 'done' WHERE id = ?", setup.pickingId());
        jobs.awaitEventsConsumed();
        assertEquals(1, db.value(Integer.class, "SELECT COUNT(*) FROM magento_stock_picking_track WHERE erp_id = ?",
                setup.pickingId()));
        assertEquals(1, TrackBindings.tracks(sandbox, shipmentId).size());
    }
}

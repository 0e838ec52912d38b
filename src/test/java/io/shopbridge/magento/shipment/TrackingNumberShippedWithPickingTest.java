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

/** A picking that has its tracking number before it ships gets its track once the shipment exists. */
@QuarkusTest
class TrackingNumberShippedWithPickingTest {

    @Inject
    ShipmentScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    Magento1Sandbox sandbox;

    @Test
    void theShipmentExportBindsTheNumberItsOwnJobAdds() {
        ShipmentScenario.Setup setup = scenario.partialPicking(OrderState.PROCESSING);
        db.update("UPDATE stock_picking SET carrier_tracking_ref = 'XYZ' WHERE id = ?", setup.pickingId());
        String shipmentId = scenario.shipped(setup);

        long trackBinding = TrackBindings.awaitFor(db, setup.pickingId());
        jobs.awaitState(jobs.awaitJobFor("export_tracking_number", MagentoModels.STOCK_PICKING_TRACK, trackBinding),
                "done");

        List<Map<String, Object>> tracks = TrackBindings.tracks(sandbox, shipmentId);
        assertEquals(List.of("XYZ"), tracks.stream().map(t -> t.get("number")).toList());
        assertEquals("custom", tracks.get(0).get("carrier_code"), "a picking with no carrier: Magento's free text one");
    }
}

package io.shopbridge.magento.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.ShipmentScenario;
import io.shopbridge.support.TestShop;
import io.shopbridge.support.TestShops;

/**
 * A tracking number written on a shipped picking goes on its shipment, on every version: the picking's event binds
 * the number, whose binding's event runs the shop's track call (1.7 {@code sales_order_shipment.addTrack}, 2.x
 * {@code POST /V1/shipment/track}); writing the picking again adds nothing.
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
    TestShops shops;

    @ParameterizedTest(name = "Magento {0}")
    @ValueSource(strings = {"1.7", "2.x"})
    void theNumberIsAddedToTheShipmentOnceAndItsTrackBound(String version) {
        TestShop shop = shops.of(version);
        ShipmentScenario.Setup setup = scenario.completePicking(shop, OrderState.PROCESSING);
        String shipmentId = scenario.shipped(setup);

        db.update("UPDATE stock_picking SET carrier_code = 'ups', carrier_tracking_ref = '1Z999AA10123456784' "
                + "WHERE id = ?", setup.pickingId());
        long trackBinding = TrackBindings.awaitFor(db, setup.pickingId());
        String uuid = jobs.awaitJobFor("export_tracking_number", MagentoModels.STOCK_PICKING_TRACK, trackBinding);
        jobs.awaitState(uuid, "done");

        List<TestShop.Track> tracks = shop.tracks(shipmentId);
        assertEquals(1, tracks.size());
        assertEquals("1Z999AA10123456784", tracks.get(0).number());
        assertEquals("ups", tracks.get(0).carrierCode());
        assertEquals("", tracks.get(0).title());
        String trackId = db.value(String.class, "SELECT external_id FROM magento_stock_picking_track WHERE id = ?",
                trackBinding);
        assertEquals(tracks.get(0).id(), trackId);
        assertEquals("tracking number 1Z999AA10123456784 of picking " + setup.pickingName() + " exported to "
                + shop.id() + " as track " + trackId, jobs.column(uuid, "result"));

        db.update("UPDATE stock_picking SET state = 'done' WHERE id = ?", setup.pickingId());
        jobs.awaitEventsConsumed();
        assertEquals(1, db.value(Integer.class, "SELECT COUNT(*) FROM magento_stock_picking_track WHERE erp_id = ?",
                setup.pickingId()));
        assertEquals(1, shop.tracks(shipmentId).size());
    }
}

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

/** The shop added the track but its answer was lost: the retry finds the track by its number, on every version. */
@QuarkusTest
class TrackingNumberLostAnswerTest {

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
    void theRetryBindsTheTrackInsteadOfAddingASecond(String version) {
        TestShop shop = shops.of(version);
        ShipmentScenario.Setup setup = scenario.completePicking(shop, OrderState.PROCESSING);
        String shipmentId = scenario.shipped(setup);
        shop.loseNextAnswer(TestShop.Call.TRACK);
        db.update("UPDATE stock_picking SET carrier_code = 'dhl', carrier_tracking_ref = 'JD0002' WHERE id = ?",
                setup.pickingId());
        long trackBinding = TrackBindings.awaitFor(db, setup.pickingId());
        String uuid = jobs.awaitJobFor("export_tracking_number", MagentoModels.STOCK_PICKING_TRACK, trackBinding);
        jobs.awaitState(uuid, "done");

        assertEquals(2, jobs.attempts(uuid));
        List<TestShop.Track> tracks = shop.tracks(shipmentId);
        assertEquals(1, tracks.size(), "one track, not two");
        String trackId = db.value(String.class, "SELECT external_id FROM magento_stock_picking_track WHERE id = ?",
                trackBinding);
        assertEquals(tracks.get(0).id(), trackId);
        assertEquals("tracking number JD0002 of picking " + setup.pickingName() + " found on " + shop.id()
                + " as track " + trackId, jobs.column(uuid, "result"));
    }
}

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
 * A picking that has its number when it is shipped: the shipment export binds the number, and its own job adds it to
 * the shipment, on every version.
 */
@QuarkusTest
class TrackingNumberShippedWithPickingTest {

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
    void theShipmentExportBindsTheNumberItsOwnJobAdds(String version) {
        TestShop shop = shops.of(version);
        ShipmentScenario.Setup setup = scenario.partialPicking(shop, OrderState.PROCESSING);
        db.update("UPDATE stock_picking SET carrier_tracking_ref = 'XYZ' WHERE id = ?", setup.pickingId());
        String shipmentId = scenario.shipped(setup);
        long trackBinding = TrackBindings.awaitFor(db, setup.pickingId());
        jobs.awaitState(jobs.awaitJobFor("export_tracking_number", MagentoModels.STOCK_PICKING_TRACK, trackBinding),
                "done");

        List<TestShop.Track> tracks = shop.tracks(shipmentId);
        assertEquals(List.of("XYZ"), tracks.stream().map(TestShop.Track::number).toList());
        assertEquals("custom", tracks.get(0).carrierCode(), "a picking with no carrier: Magento's free text one");
    }
}

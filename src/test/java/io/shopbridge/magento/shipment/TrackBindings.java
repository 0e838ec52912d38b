package io.shopbridge.magento.shipment;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.support.ErpFixtures;

/** The tracking binding a picking's number gets, and the tracks a shipment has in the sandbox. */
final class TrackBindings {

    private TrackBindings() {
    }

    /** The id of the picking's tracking binding, once its event route made it. */
    static long awaitFor(ErpFixtures db, long pickingId) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> db.value(Long.class, "SELECT MAX(id) FROM magento_stock_picking_track WHERE erp_id = ?",
                        pickingId), id -> id != null);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> tracks(Magento1Sandbox sandbox, String shipmentId) {
        return (List<Map<String, Object>>) sandbox.shipmentInfo(shipmentId).orElseThrow().get("tracks");
    }
}

package io.shopbridge.sandbox.magento1.shop;

import java.time.LocalDateTime;
import java.util.Map;

/** A row of {@code sales_flat_shipment_track}: a carrier's tracking number on a shipment. */
public record ShipmentTrack(long entityId, long shipmentId, long orderId, String carrierCode, String title,
        String trackNumber, LocalDateTime createdAt) {

    Map<String, Object> toRow() {
        Map<String, Object> row = new Row(Tables.SHIPMENT_TRACK)
                .set("entity_id", entityId)
                .set("parent_id", shipmentId)
                .set("order_id", orderId)
                .set("track_number", trackNumber)
                .set("title", title)
                .set("carrier_code", carrierCode)
                .set("created_at", createdAt)
                .set("updated_at", createdAt)
                .toMap();
        // the model's old field map mirrors track_number as "number" whenever a track is loaded
        row.put("number", trackNumber);
        return row;
    }
}

package io.shopbridge.sandbox.magento1.shop;

import java.time.LocalDateTime;
import java.util.Map;

/** A row of {@code sales_flat_shipment_comment}; its comment may be NULL (see {@link Shop#createShipment}). */
record ShipmentComment(long entityId, long shipmentId, String comment, boolean customerNotified,
        LocalDateTime createdAt) {

    Map<String, Object> toRow() {
        return new Row(Tables.SHIPMENT_COMMENT)
                .set("entity_id", entityId)
                .set("parent_id", shipmentId)
                .flag("is_customer_notified", customerNotified)
                .flag("is_visible_on_front", false)
                .set("comment", comment)
                .set("created_at", createdAt)
                .toMap();
    }
}

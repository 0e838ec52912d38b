package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.util.Map;

/** A row of {@code sales_flat_shipment_item}: what the order item converter copies, and the shipped qty. */
record ShipmentItem(long entityId, long shipmentId, OrderItem orderItem, BigDecimal qty) {

    Map<String, Object> toRow() {
        return new Row(Tables.SHIPMENT_ITEM)
                .set("entity_id", entityId)
                .set("parent_id", shipmentId)
                .set("price", orderItem.price())
                .set("weight", orderItem.weight())
                .set("qty", qty)
                .set("product_id", orderItem.productId())
                .set("order_item_id", orderItem.itemId())
                .set("name", orderItem.name())
                .set("sku", orderItem.sku())
                .toMap();
    }
}

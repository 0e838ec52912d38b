package io.shopbridge.sandbox.magento1.shop;

import java.time.LocalDateTime;
import java.util.Map;

/** A row of {@code sales_flat_order_status_history}. */
final class OrderStatusHistory {

    private final long id;
    private final long orderId;
    private final Boolean customerNotified;
    private final String comment;
    private final String status;
    private final LocalDateTime createdAt;
    private final String entityName;

    OrderStatusHistory(long id, long orderId, Boolean customerNotified, String comment, String status,
            LocalDateTime createdAt, String entityName) {
        this.id = id;
        this.orderId = orderId;
        this.customerNotified = customerNotified;
        this.comment = comment;
        this.status = status;
        this.createdAt = createdAt;
        this.entityName = entityName;
    }

    Map<String, Object> toRow() {
        Row row = new Row(Tables.ORDER_STATUS_HISTORY)
                .set("entity_id", id)
                .set("parent_id", orderId)
                .flag("is_visible_on_front", false)
                .set("comment", comment)
                .set("status", status)
                .set("created_at", createdAt)
                .set("entity_name", entityName)
                .set("store_id", "1");
        if (customerNotified != null) {
            row.flag("is_customer_notified", customerNotified);
        }
        return row.toMap();
    }
}

package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A shipment of an order (a row of {@code sales_flat_shipment}) with its items, tracks and comments. */
public final class Shipment {

    private final long entityId;
    private final String incrementId;
    private final Order order;
    private final BigDecimal totalQty;
    private final boolean emailSent;
    private final LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    private final List<ShipmentItem> items = new ArrayList<>();
    private final List<ShipmentTrack> tracks = new ArrayList<>();
    private final List<ShipmentComment> comments = new ArrayList<>();

    Shipment(long entityId, String incrementId, Order order, BigDecimal totalQty, boolean emailSent,
            LocalDateTime createdAt) {
        this.entityId = entityId;
        this.incrementId = incrementId;
        this.order = order;
        this.totalQty = totalQty;
        this.emailSent = emailSent;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** The {@code sales_flat_shipment} columns a list can filter on. */
    public static List<String> columns() {
        return Tables.SHIPMENT;
    }

    public String incrementId() {
        return incrementId;
    }

    public Order order() {
        return order;
    }

    long entityId() {
        return entityId;
    }

    public Map<String, Object> row() {
        return new Row(Tables.SHIPMENT)
                .set("entity_id", entityId)
                .set("store_id", "1")
                .set("total_qty", totalQty)
                .set("email_sent", emailSent ? "1" : null)
                .set("order_id", order.entityId())
                .set("customer_id", order.customer().id())
                .set("shipping_address_id", order.shippingAddressId())
                .set("billing_address_id", order.billingAddressId())
                .set("increment_id", incrementId)
                .set("created_at", createdAt)
                .set("updated_at", updatedAt)
                .toMap();
    }

    public List<Map<String, Object>> itemRows() {
        return items.stream().map(ShipmentItem::toRow).toList();
    }

    public List<Map<String, Object>> trackRows() {
        return tracks.stream().map(ShipmentTrack::toRow).toList();
    }

    public List<Map<String, Object>> commentRows() {
        return comments.stream().map(ShipmentComment::toRow).toList();
    }

    public Optional<ShipmentTrack> track(long trackId) {
        return tracks.stream().filter(track -> track.entityId() == trackId).findFirst();
    }

    void addItem(ShipmentItem item) {
        items.add(item);
    }

    void addComment(ShipmentComment comment) {
        comments.add(comment);
    }

    /** The shipment is saved with its new track, so its {@code updated_at} moves; the order is not saved. */
    void addTrack(ShipmentTrack track, LocalDateTime at) {
        tracks.add(track);
        updatedAt = at;
    }
}

package io.shopbridge.sandbox.magento1.shop;

/**
 * The id sequences of the sandbox shop. Each starts in its own range so that a client mixing up, say, an order's
 * entity id with one of its item ids gets "not found" instead of silently touching the wrong record.
 */
public enum Sequence {
    ORDER(101),
    ORDER_ITEM(501),
    ORDER_ADDRESS(301),
    ORDER_PAYMENT(201),
    ORDER_STATUS_HISTORY(401),
    QUOTE(681),
    INVOICE(51),
    INVOICE_ITEM(801),
    INVOICE_COMMENT(901),
    SHIPMENT(31),
    SHIPMENT_ITEM(701),
    SHIPMENT_TRACK(1),
    SHIPMENT_COMMENT(951),
    /** Increment ids: store 1 prefix, separate per entity type as in {@code eav_entity_store}. */
    ORDER_INCREMENT(100000001),
    INVOICE_INCREMENT(100000001),
    SHIPMENT_INCREMENT(100000001);

    final long first;

    Sequence(long first) {
        this.first = first;
    }
}

package io.shopbridge.sandbox.magento1.shop;

/**
 * The id sequences of the sandbox shop. Each starts in its own range so that a client mixing up, say, an order's
 * entity id with one of its item ids gets "not found" instead of silently touching the wrong record. Orders seeded
 * with a given increment id take their ids from a second range ({@code fixedFirst}, where the m1 captures have them:
 * order 181, items from 543), so the ids of orders placed later do not depend on them.
 */
public enum Sequence {
    ORDER(101, 181),
    ORDER_ITEM(501, 543),
    ORDER_ADDRESS(301, 355),
    ORDER_PAYMENT(201, 181),
    ORDER_STATUS_HISTORY(401, 1401),
    QUOTE(681, 619),
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
    final long fixedFirst;

    Sequence(long first) {
        this(first, first);
    }

    Sequence(long first, long fixedFirst) {
        this.first = first;
        this.fixedFirst = fixedFirst;
    }
}

package io.shopbridge.magento.order;

/** The state a Magento order is to be in, and the comment that says why (added once, with the change). */
public record OrderStateExport(Target target, String comment) {

    /** The Magento states the ERP can ask for. */
    public enum Target {
        /** canceled: {@code sales_order.cancel} */
        CANCELED,
        /** held: {@code sales_order.hold} */
        HOLDED,
        /** neither held nor canceled: a held order is released ({@code sales_order.unhold}) */
        ACTIVE
    }
}

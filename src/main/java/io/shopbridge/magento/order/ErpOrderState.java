package io.shopbridge.magento.order;

/** An ERP sale order's name and state ({@code sale}, {@code hold}, {@code cancel}, ...), as its state export reads it. */
public record ErpOrderState(long orderId, String name, String state) {
}

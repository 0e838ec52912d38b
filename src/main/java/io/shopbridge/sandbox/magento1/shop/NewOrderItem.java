package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;

/**
 * An order line to create. With a {@code childSku} it becomes a configurable line: a configurable parent row carrying
 * the price plus a simple child row (price 0) for the chosen variant.
 */
public record NewOrderItem(String sku, String name, BigDecimal qty, BigDecimal price, String childSku) {

    public NewOrderItem {
        if (sku == null || sku.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("An order item needs a sku and a name");
        }
        if (qty == null || qty.signum() <= 0 || price == null || price.signum() < 0) {
            throw new IllegalArgumentException("Item " + sku + " needs a positive qty and a price >= 0");
        }
    }

    public boolean isConfigurable() {
        return childSku != null;
    }
}

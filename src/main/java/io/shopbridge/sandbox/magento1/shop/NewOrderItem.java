package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;

/**
 * An order line to create. With a {@code childSku} it becomes a configurable line: a configurable parent row carrying
 * the price plus a simple child row (price 0) for the chosen variant.
 *
 * @param discountPercent a cart rule's percent off the row, 0 for none
 */
public record NewOrderItem(String sku, String name, BigDecimal qty, BigDecimal price, String childSku,
        BigDecimal discountPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public NewOrderItem {
        if (sku == null || sku.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("An order item needs a sku and a name");
        }
        if (qty == null || qty.signum() <= 0 || price == null || price.signum() < 0) {
            throw new IllegalArgumentException("Item " + sku + " needs a positive qty and a price >= 0");
        }
        if (discountPercent == null || discountPercent.signum() < 0 || discountPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("Item " + sku + " needs a discount of 0 to 100 percent");
        }
    }

    public NewOrderItem(String sku, String name, BigDecimal qty, BigDecimal price, String childSku) {
        this(sku, name, qty, price, childSku, BigDecimal.ZERO);
    }

    public boolean isConfigurable() {
        return childSku != null;
    }
}

package io.shopbridge.magento.stock;

import java.math.BigDecimal;

/**
 * A product's stock as a Magento shop is told it: the quantity, and whether the product is in stock; and the SKU,
 * by which Magento 2 addresses a stock item (1.7 takes the product id).
 */
public record StockExport(String sku, BigDecimal qty, boolean inStock) {
}

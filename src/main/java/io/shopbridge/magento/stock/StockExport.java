package io.shopbridge.magento.stock;

import java.math.BigDecimal;

/** A product's stock as a Magento shop is told it: the quantity, and whether the product is in stock. */
public record StockExport(BigDecimal qty, boolean inStock) {
}

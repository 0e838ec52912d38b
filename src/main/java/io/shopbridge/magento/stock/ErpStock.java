package io.shopbridge.magento.stock;

import java.math.BigDecimal;

/** A product's on-hand quantity in the ERP, as its stock export reads it. */
public record ErpStock(long productId, String sku, BigDecimal qtyAvailable) {
}

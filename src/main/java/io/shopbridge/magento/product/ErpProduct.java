package io.shopbridge.magento.product;

import java.math.BigDecimal;

/** A product ({@code product_product}) as an import writes it; type {@code product} (goods) or {@code service}. */
public record ErpProduct(String defaultCode, String name, String type, BigDecimal listPrice, BigDecimal weight,
        String description, boolean active, Long categoryId) {
}

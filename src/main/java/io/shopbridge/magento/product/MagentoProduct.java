package io.shopbridge.magento.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.shopbridge.connector.sync.ImportedRecord;

/** A Magento catalog product: its type ({@code simple}, {@code virtual}, {@code configurable}, ...) and attributes. */
public record MagentoProduct(String id, String sku, String type, String name, String description, BigDecimal price,
        BigDecimal weight, boolean enabled, List<String> categoryIds, Instant updatedAt) implements ImportedRecord {
}

package io.shopbridge.magento.product;

import java.time.Instant;

import io.shopbridge.connector.sync.ImportedRecord;

/** A Magento catalog category; the tree's root has no parent. */
public record MagentoCategory(String id, String parentId, String name, Instant updatedAt) implements ImportedRecord {
}

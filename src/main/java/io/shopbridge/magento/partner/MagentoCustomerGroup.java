package io.shopbridge.magento.partner;

import java.time.Instant;

import io.shopbridge.connector.sync.ImportedRecord;

/** A Magento customer group. Magento keeps no change date on groups: each import refreshes the category. */
public record MagentoCustomerGroup(String id, String name) implements ImportedRecord {

    @Override
    public Instant updatedAt() {
        return null;
    }
}

package io.shopbridge.sandbox.magento1.catalog;

import io.shopbridge.sandbox.magento1.api.FaultTable;
import io.shopbridge.sandbox.magento1.shop.Php;

/**
 * {@code Mage_Catalog_Model_Api_Resource::_getStoreId}: the sandbox has the admin store (0, "admin") and one store
 * view (1, "default"); anything else is fault 100 of the calling catalog resource.
 */
final class StoreViews {

    private StoreViews() {
    }

    static void require(Object store, FaultTable faults) {
        String value = Php.toStr(store);
        if (store != null && !value.equals("0") && !value.equals("1") && !value.equals("admin")
                && !value.equals("default")) {
            throw faults.fault("store_not_exists");
        }
    }
}

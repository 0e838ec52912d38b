package io.shopbridge.sandbox.magento1.customer;

import java.util.Optional;
import io.shopbridge.sandbox.magento1.api.EntityId;
import io.shopbridge.sandbox.magento1.shop.CustomerAccount;
import io.shopbridge.sandbox.magento1.shop.Shop;

/** {@code Mage::getModel('customer/customer')->load($id)}, which both customer resources start with. */
final class CustomerLookup {

    private CustomerLookup() {
    }

    static Optional<CustomerAccount> account(Shop shop, Object customerId) {
        return EntityId.find(customerId, shop.customers()::account);
    }
}

package io.shopbridge.sandbox.magento1.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.shopbridge.sandbox.magento1.api.ApiAttributes;
import io.shopbridge.sandbox.magento1.api.ApiMethod;
import io.shopbridge.sandbox.magento1.api.ApiResource;
import io.shopbridge.sandbox.magento1.api.EntityId;
import io.shopbridge.sandbox.magento1.api.FaultTable;
import io.shopbridge.sandbox.magento1.api.FaultTable.Definition;
import io.shopbridge.sandbox.magento1.shop.CustomerAccount;
import io.shopbridge.sandbox.magento1.shop.CustomerAddress;
import io.shopbridge.sandbox.magento1.shop.Shop;

/** {@code customer_address}: {@code Mage_Customer_Model_Address_Api}, read side. */
public final class CustomerAddressResource implements ApiResource {

    static final FaultTable FAULTS = new FaultTable(Map.of(
            "data_invalid", new Definition(100, "Invalid address data. Details in error message."),
            "customer_not_exists", new Definition(101, "Customer not exists."),
            "not_exists", new Definition(102, "Address not exists."),
            "not_deleted", new Definition(103, "Address not deleted. Details in error message.")));

    private final Shop shop;

    public CustomerAddressResource(Shop shop) {
        this.shop = shop;
    }

    @Override
    public String name() {
        return "customer_address";
    }

    @Override
    public Map<String, ApiMethod> methods() {
        return Map.of(
                "list", args -> list(args.get(0)),
                "info", args -> info(args.get(0)));
    }

    /**
     * {@code list(customerId)}: the customer's addresses, each {@code customer_address_id}, the attributes that are
     * not NULL, and whether it is the default billing and shipping address (booleans).
     */
    private List<Map<String, Object>> list(Object customerId) {
        CustomerAccount account = CustomerLookup.account(shop, customerId)
                .orElseThrow(() -> FAULTS.fault("customer_not_exists"));
        return shop.customers().addressesOf(account.id()).stream()
                .map(address -> withDefaults(
                        ApiAttributes.setOnly("customer_address_id", address.id(), address.attributes()), account,
                        address))
                .toList();
    }

    /** {@code info(addressId)}: every attribute, NULL ones too, and the default flags. */
    private Map<String, Object> info(Object addressId) {
        CustomerAddress address = EntityId.find(addressId, shop.customers()::address)
                .orElseThrow(() -> FAULTS.fault("not_exists"));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("customer_address_id", Long.toString(address.id()));
        row.putAll(address.attributes());
        CustomerAccount account = shop.customers().account(address.customerId()).orElseThrow();
        return withDefaults(row, account, address);
    }

    private static Map<String, Object> withDefaults(Map<String, Object> row, CustomerAccount account,
            CustomerAddress address) {
        row.put("is_default_billing", Long.valueOf(address.id()).equals(account.defaultBilling()));
        row.put("is_default_shipping", Long.valueOf(address.id()).equals(account.defaultShipping()));
        return row;
    }
}

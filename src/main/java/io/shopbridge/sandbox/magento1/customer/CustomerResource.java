package io.shopbridge.sandbox.magento1.customer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.shopbridge.sandbox.magento1.api.ApiAttributes;
import io.shopbridge.sandbox.magento1.api.ApiMethod;
import io.shopbridge.sandbox.magento1.api.ApiResource;
import io.shopbridge.sandbox.magento1.api.AttributeSelection;
import io.shopbridge.sandbox.magento1.api.CollectionFilter;
import io.shopbridge.sandbox.magento1.api.FaultTable;
import io.shopbridge.sandbox.magento1.api.FaultTable.Definition;
import io.shopbridge.sandbox.magento1.shop.CustomerAccount;
import io.shopbridge.sandbox.magento1.shop.Shop;

/** {@code customer}: {@code Mage_Customer_Model_Customer_Api}, read side. */
public final class CustomerResource implements ApiResource {

    static final FaultTable FAULTS = new FaultTable(Map.of(
            "data_invalid", new Definition(100, "Invalid customer data. Details in error message."),
            "filters_invalid", new Definition(101, "Invalid filters specified. Details in error message."),
            "not_exists", new Definition(102, "Customer not exists."),
            "not_deleted", new Definition(103, "Customer not deleted. Details in error message.")));

    private final Shop shop;
    private final CollectionFilter filter;

    public CustomerResource(Shop shop) {
        this.shop = shop;
        Set<String> attributes = new HashSet<>(CustomerAccount.attributeCodes());
        attributes.add("entity_id");
        this.filter = CollectionFilter.eav(Map.of("customer_id", "entity_id"), attributes,
                message -> FAULTS.fault("filters_invalid", message));
    }

    @Override
    public String name() {
        return "customer";
    }

    @Override
    public Map<String, ApiMethod> methods() {
        return Map.of(
                "list", args -> list(args.get(0)),
                "info", args -> info(args.get(0), args.get(1)));
    }

    /** {@code info(customerId, attributes = null)}: {@code customer_id}, then every (or the selected) attribute. */
    private Map<String, Object> info(Object customerId, Object attributes) {
        CustomerAccount account = CustomerLookup.account(shop, customerId)
                .orElseThrow(() -> FAULTS.fault("not_exists"));
        return AttributeSelection.from(attributes).putSelected(account.attributes(),
                Map.of("customer_id", Long.toString(account.id())));
    }

    /** {@code list(filters)}: a row per customer, {@code customer_id} then the attributes that are not NULL. */
    private List<Map<String, Object>> list(Object filters) {
        return filter.apply(filters, shop.customers().accounts(), CustomerResource::attributesOf).stream()
                .map(account -> ApiAttributes.setOnly("customer_id", account.id(), account.attributes()))
                .toList();
    }

    private static Map<String, Object> attributesOf(CustomerAccount account) {
        Map<String, Object> row = new LinkedHashMap<>(account.attributes());
        row.put("entity_id", Long.toString(account.id()));
        return row;
    }
}

package io.shopbridge.sandbox.magento1.customer;

import java.util.Map;
import io.shopbridge.sandbox.magento1.api.ApiMethod;
import io.shopbridge.sandbox.magento1.api.ApiResource;
import io.shopbridge.sandbox.magento1.shop.CustomerGroup;
import io.shopbridge.sandbox.magento1.shop.Shop;

/** {@code customer_group}: {@code Mage_Customer_Model_Group_Api}, whose only method lists every group. */
public final class CustomerGroupResource implements ApiResource {

    private final Shop shop;

    public CustomerGroupResource(Shop shop) {
        this.shop = shop;
    }

    @Override
    public String name() {
        return "customer_group";
    }

    @Override
    public Map<String, ApiMethod> methods() {
        return Map.of("list", args -> shop.customers().groups().stream().map(CustomerGroup::listRow).toList());
    }
}

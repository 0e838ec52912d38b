package io.shopbridge.sandbox.magento2.customer;

import io.quarkus.arc.profile.UnlessBuildProfile;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.shopbridge.sandbox.magento2.ShopData;
import io.shopbridge.sandbox.magento2.rest.EntityIdSearch;
import io.shopbridge.sandbox.magento2.rest.Magento2Resource;
import io.shopbridge.sandbox.magento2.rest.RestError;
import io.shopbridge.sandbox.magento2.rest.RestRouter;

/**
 * {@code GET /V1/customers/{id}} (the customer with its address book) and {@code GET /V1/customers/search}. Seeds
 * the customers of the 1.7 sandbox (an individual with one address, one with none, one with a billing and a separate
 * shipping address, a company) and the captures' customer of the seed orders.
 */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class CustomerResource implements Magento2Resource {

    static final String TABLE = "customers";
    private static final String SEED = "sandbox/magento2/seed/customers.json";

    @Override
    public void register(RestRouter router) {
        router.get("customers/{id}", (shop, request, path) -> shop.find(TABLE, path.get("id"))
                .orElseThrow(() -> new RestError(404, "No such entity with %fieldName = %fieldValue",
                        Map.of("fieldName", "customerId", "fieldValue", path.get("id")))))
                .get("customers/search", (shop, request, path) -> EntityIdSearch.of(request.query())
                        .envelope(List.copyOf(shop.table(TABLE).values()), shop.newObject()));
    }

    @Override
    public void seed(ShopData shop) {
        shop.seed(TABLE, SEED, "id");
    }
}

package io.shopbridge.sandbox.magento2.customer;

import io.quarkus.arc.profile.UnlessBuildProfile;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.shopbridge.sandbox.magento2.ShopData;
import io.shopbridge.sandbox.magento2.rest.Magento2Resource;
import io.shopbridge.sandbox.magento2.rest.RestError;
import io.shopbridge.sandbox.magento2.rest.RestRouter;
import io.shopbridge.sandbox.magento2.rest.SearchQuery;

/**
 * {@code GET /V1/customerGroups/{id}} and {@code GET /V1/customerGroups/search} (groups filter their id as {@code id});
 * seeds Magento's groups, 0 "NOT LOGGED IN" to 3, and "VIP Member".
 */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class CustomerGroupResource implements Magento2Resource {

    private static final String TABLE = "customer_groups";
    private static final String SEED = "sandbox/magento2/seed/customer_groups.json";

    @Override
    public void register(RestRouter router) {
        router.get("customerGroups/{id}", (shop, request, path) -> shop.find(TABLE, path.get("id"))
                .orElseThrow(() -> new RestError(404, "No such entity with %fieldName = %fieldValue",
                        Map.of("fieldName", "id", "fieldValue", path.get("id")))))
                .get("customerGroups/search", (shop, request, path) -> SearchQuery.of(request.query())
                        .envelope(List.copyOf(shop.table(TABLE).values()), shop.newObject()));
    }

    @Override
    public void seed(ShopData shop) {
        shop.seed(TABLE, SEED, "id");
    }
}

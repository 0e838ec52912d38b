package io.shopbridge.sandbox.magento2.catalog;

import io.quarkus.arc.profile.UnlessBuildProfile;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.shopbridge.sandbox.magento2.ShopData;
import io.shopbridge.sandbox.magento2.rest.EntityIdSearch;
import io.shopbridge.sandbox.magento2.rest.Magento2Resource;
import io.shopbridge.sandbox.magento2.rest.RestError;
import io.shopbridge.sandbox.magento2.rest.RestRouter;

/**
 * {@code GET /V1/categories/{id}} and {@code GET /V1/categories/list}. Seeds the 1.7 sandbox's tree: gaps in its ids
 * (no 3, 9, 10...) and three levels below the store root, so a category comes before its parent in an import by id.
 */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class CategoryResource implements Magento2Resource {

    private static final String TABLE = "categories";
    private static final String SEED = "sandbox/magento2/seed/categories.json";
    private static final String NOT_FOUND = "The category that was requested doesn't exist. Verify the category and "
            + "try again.";

    @Override
    public void register(RestRouter router) {
        router.get("categories/{id}", (shop, request, path) -> shop.find(TABLE, path.get("id"))
                .orElseThrow(() -> new RestError(404, NOT_FOUND, null)))
                .get("categories/list", (shop, request, path) -> EntityIdSearch.of(request.query())
                        .envelope(List.copyOf(shop.table(TABLE).values()), shop.newObject()));
    }

    @Override
    public void seed(ShopData shop) {
        shop.seed(TABLE, SEED, "id");
    }
}

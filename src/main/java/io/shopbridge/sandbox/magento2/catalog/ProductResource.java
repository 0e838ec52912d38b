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
 * {@code GET /V1/products/{sku}} and the product search {@code GET /V1/products}. Seeds, beside the captures'
 * products of {@link StockItemResource}, the 1.7 sandbox's catalog by its ids and SKUs: a product of every type
 * (simple, virtual, configurable with its children, grouped, bundle) in the seed tree's categories.
 */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class ProductResource implements Magento2Resource {

    private static final String SEED = "sandbox/magento2/seed/catalog_products.json";

    @Override
    public void register(RestRouter router) {
        router.get("products/{sku}", (shop, request, path) -> shop.find(StockItemResource.PRODUCTS, path.get("sku"))
                .orElseThrow(RestError::productNotFound))
                .get("products", (shop, request, path) -> EntityIdSearch.of(request.query())
                        .envelope(List.copyOf(shop.table(StockItemResource.PRODUCTS).values()), shop.newObject()));
    }

    @Override
    public void seed(ShopData shop) {
        shop.seed(StockItemResource.PRODUCTS, SEED, "sku");
    }
}

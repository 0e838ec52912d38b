package io.shopbridge.sandbox.magento2.catalog;

import io.quarkus.arc.profile.UnlessBuildProfile;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.shopbridge.sandbox.magento2.Magento2Sandbox;
import io.shopbridge.sandbox.magento2.ShopData;
import io.shopbridge.sandbox.magento2.rest.Magento2Resource;
import io.shopbridge.sandbox.magento2.rest.RestError;
import io.shopbridge.sandbox.magento2.rest.RestRequest;
import io.shopbridge.sandbox.magento2.rest.RestRouter;

/**
 * The legacy CatalogInventory stock items: {@code GET /V1/stockItems/{sku}} and
 * {@code PUT /V1/products/{sku}/stockItems/{itemId}} (answers the item id as a JSON string). Seeds the catalog's
 * products ({@code products}, by SKU) and their stock items ({@code stock_items}, by SKU).
 */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class StockItemResource implements Magento2Resource {

    public static final String PRODUCTS = "products";
    public static final String STOCK_ITEMS = "stock_items";
    static final String PRODUCT_SEED = "sandbox/magento2/seed/products.json";
    static final String STOCK_SEED = "sandbox/magento2/seed/stock_items.json";

    @Inject
    Magento2Sandbox sandbox;

    @Override
    public void register(RestRouter router) {
        router.get("stockItems/{sku}", (shop, request, path) -> item(shop, path.get("sku")))
                .put("products/{sku}/stockItems/{itemId}", (shop, request, path) -> update(shop, path.get("sku"), request));
    }

    @Override
    public void seed(ShopData shop) {
        shop.seed(PRODUCTS, PRODUCT_SEED, "sku");
        Map<Long, String> skus = new java.util.HashMap<>();
        shop.table(PRODUCTS).values().forEach(p -> skus.put(p.path("id").asLong(), p.path("sku").asText()));
        for (ObjectNode item : shop.seedRecords(STOCK_SEED)) {
            String sku = skus.get(item.path("product_id").asLong());
            if (sku == null) {
                throw new IllegalStateException("Stock item " + item.path("item_id") + " has no seeded product");
            }
            shop.put(STOCK_ITEMS, sku, item);
        }
    }

    /** The SKU's stock item as {@code GET /V1/stockItems/{sku}} answers it, a copy. */
    public ObjectNode stockItem(String sku) {
        return sandbox.withShop(shop -> item(shop, sku).deepCopy());
    }

    private static ObjectNode item(ShopData shop, String sku) {
        return shop.find(STOCK_ITEMS, sku).orElseThrow(RestError::productNotFound);
    }

    private static String update(ShopData shop, String sku, RestRequest request) {
        ObjectNode item = item(shop, sku);
        JsonNode asked = request.body().path("stockItem");
        if (!asked.isObject()) {
            throw new RestError(400, "\"%fieldName\" is required. Enter and try again.",
                    Map.of("fieldName", "stockItem"));
        }
        if (asked.has("qty")) {
            item.put("qty", asked.get("qty").decimalValue());
        }
        if (asked.has("is_in_stock")) {
            JsonNode inStock = asked.get("is_in_stock");
            item.put("is_in_stock", inStock.isBoolean() ? inStock.asBoolean() : inStock.asInt() == 1);
        }
        for (String flag : new String[] {"manage_stock", "use_config_manage_stock", "use_config_backorders"}) {
            if (asked.has(flag)) {
                item.put(flag, asked.get(flag).asBoolean());
            }
        }
        if (asked.has("backorders")) {
            item.put("backorders", asked.get("backorders").asInt());
        }
        return item.path("item_id").asText();
    }
}

package io.shopbridge.magento.m2;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;

import io.shopbridge.connector.adapter.BackendAdapter;
import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.stock.StockExport;

/**
 * Stock items on Magento 2 (legacy CatalogInventory API): {@code GET /V1/stockItems/{sku}} for the item id, then
 * {@code PUT /V1/products/{sku}/stockItems/{itemId}} with {@code {"stockItem": {qty, is_in_stock}}}, as the OCA
 * connector sends it. The item read must belong to the bound product: a SKU that names another product on the shop
 * fails the job rather than set that product's stock.
 */
@Singleton
public class Magento2StockAdapter implements BackendAdapter<StockExport> {

    @Inject
    Magento2Client client;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO_2X;
    }

    @Override
    public String model() {
        return MagentoModels.PRODUCT;
    }

    @Override
    public void write(ConnectorEnvironment env, String productId, StockExport stock) {
        if (stock.sku() == null || stock.sku().isBlank()) {
            throw new PermanentJobError("product " + productId + " of " + env.backend().id()
                    + " has no SKU (default_code): Magento 2 addresses stock items by SKU");
        }
        JsonNode item = client.get(env.backend(), Magento2Path.of("stockItems", stock.sku()));
        String onShop = item.path("product_id").asText();
        if (!onShop.equals(productId)) {
            throw new PermanentJobError("SKU " + stock.sku() + " is product " + onShop + " on " + env.backend().id()
                    + ", not the bound product " + productId);
        }
        client.put(env.backend(), Magento2Path.of("products", stock.sku(), "stockItems", item.path("item_id").asText()),
                Map.of("stockItem", Map.of("qty", stock.qty().doubleValue(), "is_in_stock", stock.inStock() ? 1 : 0)));
    }
}

package io.shopbridge.magento.m1;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.adapter.BackendAdapter;
import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.stock.StockExport;

/**
 * Stock items on Magento 1.x: {@code cataloginventory_stock_item.update(productId, {qty, is_in_stock})}, the
 * quantity as a float and the flag as 1 or 0, as the OCA connector sends them.
 */
@Singleton
public class Magento1StockAdapter implements BackendAdapter<StockExport> {

    @Inject
    Magento1Client client;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO_17;
    }

    @Override
    public String model() {
        return MagentoModels.PRODUCT;
    }

    @Override
    public void write(ConnectorEnvironment env, String productId, StockExport stock) {
        client.call(env.backend(), "cataloginventory_stock_item.update", List.of(productId,
                Map.of("qty", stock.qty().doubleValue(), "is_in_stock", stock.inStock() ? 1 : 0)));
    }
}

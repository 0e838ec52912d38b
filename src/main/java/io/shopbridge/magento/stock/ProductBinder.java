package io.shopbridge.magento.stock;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.TableBinder;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/** Binds ERP products to Magento products (the product entity id). */
@Singleton
public class ProductBinder extends TableBinder {

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.PRODUCT;
    }
}

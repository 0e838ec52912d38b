package io.shopbridge.magento.product;

import jakarta.inject.Singleton;

import io.shopbridge.magento.MagentoBinder;
import io.shopbridge.magento.MagentoModels;

/** Binds ERP products to Magento products (the product id, on every version). */
@Singleton
public class ProductBinder extends MagentoBinder {

    @Override
    public String model() {
        return MagentoModels.PRODUCT;
    }
}

package io.shopbridge.magento.product;

import jakarta.inject.Singleton;

import io.shopbridge.magento.MagentoBinder;
import io.shopbridge.magento.MagentoModels;

/** Binds ERP products to Magento products: 1.7 the product id, 2.x the SKU (what its product routes take). */
@Singleton
public class ProductBinder extends MagentoBinder {

    @Override
    public String model() {
        return MagentoModels.PRODUCT;
    }
}

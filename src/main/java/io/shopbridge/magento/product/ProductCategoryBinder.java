package io.shopbridge.magento.product;

import jakarta.inject.Singleton;

import io.shopbridge.magento.MagentoBinder;
import io.shopbridge.magento.MagentoModels;

/** Binds ERP product categories to Magento categories (the category id). */
@Singleton
public class ProductCategoryBinder extends MagentoBinder {

    @Override
    public String model() {
        return MagentoModels.PRODUCT_CATEGORY;
    }
}

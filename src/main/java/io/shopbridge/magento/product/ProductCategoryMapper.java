package io.shopbridge.magento.product;

import static io.shopbridge.connector.mapping.Converters.erpId;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.mapping.Field;
import io.shopbridge.connector.mapping.ImportMapper;
import io.shopbridge.connector.mapping.Mapping;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/** Magento category → ERP product category, under its parent's (imported before it). */
@Singleton
public class ProductCategoryMapper implements ImportMapper<MagentoCategory, ErpProductCategory> {

    private static final Field<String> NAME = Field.named("name");
    private static final Field<Long> PARENT = Field.named("parent_id");

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.PRODUCT_CATEGORY;
    }

    @Override
    public Mapping<MagentoCategory, ErpProductCategory> mapping() {
        return Mapping.<MagentoCategory, ErpProductCategory>into(v -> new ErpProductCategory(v.get(NAME),
                v.get(PARENT)))
                .direct(NAME, MagentoCategory::name)
                .direct(PARENT, MagentoCategory::parentId, erpId(MagentoModels.PRODUCT_CATEGORY));
    }
}

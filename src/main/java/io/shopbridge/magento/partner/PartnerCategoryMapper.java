package io.shopbridge.magento.partner;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.mapping.Field;
import io.shopbridge.connector.mapping.ImportMapper;
import io.shopbridge.connector.mapping.Mapping;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/** Magento customer group → ERP partner category: its code is the category's name. */
@Singleton
public class PartnerCategoryMapper implements ImportMapper<MagentoCustomerGroup, ErpPartnerCategory> {

    private static final Field<String> NAME = Field.named("name");

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.PARTNER_CATEGORY;
    }

    @Override
    public Mapping<MagentoCustomerGroup, ErpPartnerCategory> mapping() {
        return Mapping.<MagentoCustomerGroup, ErpPartnerCategory>into(v -> new ErpPartnerCategory(v.get(NAME)))
                .direct(NAME, MagentoCustomerGroup::name);
    }
}

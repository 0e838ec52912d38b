package io.shopbridge.magento.partner;

import jakarta.inject.Singleton;

import io.shopbridge.magento.MagentoBinder;
import io.shopbridge.magento.MagentoModels;

/** Binds ERP partner categories to Magento customer groups (the group id). */
@Singleton
public class PartnerCategoryBinder extends MagentoBinder {

    @Override
    public String model() {
        return MagentoModels.PARTNER_CATEGORY;
    }
}

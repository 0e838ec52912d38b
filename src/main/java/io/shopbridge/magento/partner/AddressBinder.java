package io.shopbridge.magento.partner;

import jakarta.inject.Singleton;

import io.shopbridge.magento.MagentoBinder;
import io.shopbridge.magento.MagentoModels;

/** Binds ERP contacts to the Magento customer addresses they were made from (the address id). */
@Singleton
public class AddressBinder extends MagentoBinder {

    @Override
    public String model() {
        return MagentoModels.ADDRESS;
    }
}

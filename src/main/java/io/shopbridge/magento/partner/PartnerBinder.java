package io.shopbridge.magento.partner;

import jakarta.inject.Singleton;

import io.shopbridge.magento.MagentoBinder;
import io.shopbridge.magento.MagentoModels;

/** Binds ERP partners to Magento customers (the customer id; a guest's: guestorder:<order increment id>). */
@Singleton
public class PartnerBinder extends MagentoBinder {

    @Override
    public String model() {
        return MagentoModels.PARTNER;
    }
}

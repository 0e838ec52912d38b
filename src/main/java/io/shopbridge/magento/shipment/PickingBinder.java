package io.shopbridge.magento.shipment;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.TableBinder;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/** Binds ERP pickings to Magento shipments (M1: the shipment increment id). */
@Singleton
public class PickingBinder extends TableBinder {

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.STOCK_PICKING;
    }
}

package io.shopbridge.magento.shipment;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.TableBinder;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/** Binds a tracking number of a shipped ERP picking to the Magento track it became (M1: the track id). */
@Singleton
public class TrackBinder extends TableBinder {

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.STOCK_PICKING_TRACK;
    }
}

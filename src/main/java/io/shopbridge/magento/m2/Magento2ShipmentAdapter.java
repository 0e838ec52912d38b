package io.shopbridge.magento.m2;

import jakarta.inject.Singleton;

import io.shopbridge.magento.MagentoModels;

/**
 * Shipments on Magento 2: {@code POST /V1/order/{entity id}/ship}. Tracking numbers go on with their own export
 * ({@link Magento2TrackAdapter}), as on 1.7: a picking's number known at shipping time is bound by the shipment
 * export and added by its track job, so each number is added once, by one job, whatever the order of the two.
 */
@Singleton
public class Magento2ShipmentAdapter extends Magento2OrderDocumentAdapter {

    @Override
    public String model() {
        return MagentoModels.STOCK_PICKING;
    }

    @Override
    protected String action() {
        return "ship";
    }

    @Override
    protected String searchPath() {
        return "shipments";
    }

    @Override
    protected String readPath() {
        return "shipment";
    }

    @Override
    protected String noun() {
        return "shipment";
    }
}

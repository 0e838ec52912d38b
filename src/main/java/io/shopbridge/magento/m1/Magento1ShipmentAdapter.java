package io.shopbridge.magento.m1;

import jakarta.inject.Singleton;

import io.shopbridge.magento.MagentoModels;

/** Shipments on Magento 1.x: {@code sales_order_shipment.create}, keyed by the order increment id. */
@Singleton
public class Magento1ShipmentAdapter extends Magento1OrderDocumentAdapter {

    @Override
    public String model() {
        return MagentoModels.STOCK_PICKING;
    }

    @Override
    protected String resource() {
        return "sales_order_shipment";
    }

    @Override
    protected String noun() {
        return "shipment";
    }
}

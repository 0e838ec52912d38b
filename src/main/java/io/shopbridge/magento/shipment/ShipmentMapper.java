package io.shopbridge.magento.shipment;

import jakarta.inject.Singleton;

import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.order.OrderDocumentMapper;

/**
 * ERP picking → Magento shipment of what its moves carry (complete or partial), commented {@code Shipment <name>}.
 */
@Singleton
public class ShipmentMapper extends OrderDocumentMapper<ErpPicking> {

    @Override
    public String model() {
        return MagentoModels.STOCK_PICKING;
    }

    @Override
    protected String commentPrefix() {
        return "Shipment";
    }
}

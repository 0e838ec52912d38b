package io.shopbridge.magento.shipment;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.Binding;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.order.OrderDocumentExporter;

/**
 * Exports a picking binding as a shipment of its Magento order, complete or partial as its moves say, created once.
 * A tracking number the picking already has is bound for export with the shipment's id (its own job adds it).
 */
@Singleton
public class ShipmentExporter extends OrderDocumentExporter<ErpPicking> {

    @Inject
    PickingRecordReader reader;

    @Inject
    ShipmentTracks tracks;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.STOCK_PICKING;
    }

    @Override
    protected ErpPicking read(ConnectorEnvironment env, Binding binding) {
        return reader.read(env, binding.erpId());
    }

    @Override
    protected String after(ConnectorEnvironment env, Binding binding, ErpPicking picking, Synced synced) {
        tracks.bindNew(env.connection(), picking.id());
        return super.after(env, binding, picking, synced);
    }

    @Override
    protected String noun() {
        return "picking";
    }

    @Override
    protected String verb() {
        return "ship";
    }
}

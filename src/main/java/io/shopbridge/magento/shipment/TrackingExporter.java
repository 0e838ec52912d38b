package io.shopbridge.magento.shipment;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.Binding;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.connector.sync.GenericExporter;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/**
 * Exports a tracking binding: adds the number to the picking's shipment once (a retry after a lost answer finds the
 * track by its number on the shipment), and binds the track's id.
 */
@Singleton
public class TrackingExporter extends GenericExporter<ErpTrack, TrackExport> {

    @Inject
    TrackRecordReader reader;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.STOCK_PICKING_TRACK;
    }

    @Override
    protected Optional<String> skip(ConnectorEnvironment env, Binding binding) {
        return binding.isBound()
                ? Optional.of("tracking number already on " + env.backend().id() + " as track " + binding.externalId())
                : Optional.empty();
    }

    @Override
    protected ErpTrack read(ConnectorEnvironment env, Binding binding) {
        return reader.read(env, binding.id());
    }

    @Override
    protected String after(ConnectorEnvironment env, Binding binding, ErpTrack track, Synced synced) {
        return "tracking number " + track.trackingRef() + " of picking " + track.pickingName()
                + (synced.foundFromEarlierRun() ? " found on " : " exported to ") + env.backend().id() + " as track "
                + synced.externalId();
    }
}

package io.shopbridge.magento.m1;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.adapter.BackendAdapter;
import io.shopbridge.connector.adapter.CreatedLookup;
import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.shipment.TrackExport;

/**
 * Tracks of a Magento 1.x shipment: {@code sales_order_shipment.addTrack(shipmentIncrementId, carrier, title,
 * trackNumber)} answers the track id; {@code sales_order_shipment.info} lists the shipment's tracks.
 */
@Singleton
public class Magento1TrackAdapter implements BackendAdapter<TrackExport> {

    @Inject
    Magento1Client client;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO_17;
    }

    @Override
    public String model() {
        return MagentoModels.STOCK_PICKING_TRACK;
    }

    /** The shipment's track with this number: the number is ours, a shipment does not carry it twice. */
    @Override
    public CreatedLookup findCreated(ConnectorEnvironment env, TrackExport track) {
        Map<?, ?> shipment = (Map<?, ?>) client.call(env.backend(), "sales_order_shipment.info",
                List.of(track.shipmentExternalId()));
        List<?> tracks = shipment.get("tracks") instanceof List<?> list ? list : List.of();
        String checked = "the " + tracks.size() + " track(s) of shipment " + track.shipmentExternalId()
                + " for number '" + track.trackNumber() + "'";
        return tracks.stream()
                .filter(t -> t instanceof Map<?, ?> m && track.trackNumber().equals(m.get("number")))
                .map(t -> CreatedLookup.found(String.valueOf(((Map<?, ?>) t).get("track_id")), checked))
                .findFirst().orElse(CreatedLookup.notFound(checked));
    }

    /** @return the track id (a string here; 1.7 answers an int) */
    @Override
    public String create(ConnectorEnvironment env, TrackExport track) {
        Object id = client.call(env.backend(), "sales_order_shipment.addTrack", List.of(track.shipmentExternalId(),
                track.carrierCode(), track.title(), track.trackNumber()));
        if (id == null || id.toString().isBlank()) {
            throw new PermanentJobError("Magento " + env.backend().id() + " added a track but returned no id");
        }
        return id.toString();
    }
}

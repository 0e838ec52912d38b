package io.shopbridge.magento.m2;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;

import io.shopbridge.connector.adapter.BackendAdapter;
import io.shopbridge.connector.adapter.CreatedLookup;
import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.shipment.TrackExport;

/**
 * Tracks of a Magento 2 shipment: {@code POST /V1/shipment/track} with the shipment ({@code parent_id}), its order,
 * carrier, title, number and the picking's name as description answers the track with its entity id;
 * {@code GET /V1/shipment/{id}} lists the shipment's tracks.
 */
@Singleton
public class Magento2TrackAdapter implements BackendAdapter<TrackExport> {

    @Inject
    Magento2Client client;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO_2X;
    }

    @Override
    public String model() {
        return MagentoModels.STOCK_PICKING_TRACK;
    }

    /** The shipment's track with this number: the number is ours, a shipment does not carry it twice. */
    @Override
    public CreatedLookup findCreated(ConnectorEnvironment env, TrackExport track) {
        JsonNode shipment = client.get(env.backend(), Magento2Path.of("shipment", track.shipmentExternalId()));
        JsonNode tracks = shipment.path("tracks");
        String checked = "the " + tracks.size() + " track(s) of shipment " + track.shipmentExternalId()
                + " for number '" + track.trackNumber() + "'";
        for (JsonNode existing : tracks) {
            if (track.trackNumber().equals(existing.path("track_number").asText(null))) {
                return CreatedLookup.found(existing.path("entity_id").asText(), checked);
            }
        }
        return CreatedLookup.notFound(checked);
    }

    /** @return the track's entity id */
    @Override
    public String create(ConnectorEnvironment env, TrackExport track) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("order_id", track.orderExternalId());
        entity.put("parent_id", track.shipmentExternalId());
        entity.put("weight", 0);
        entity.put("qty", 1);
        entity.put("description", track.description());
        entity.put("track_number", track.trackNumber());
        entity.put("title", track.title());
        entity.put("carrier_code", track.carrierCode());
        JsonNode created = client.post(env.backend(), "shipment/track", Map.of("entity", entity));
        String id = created.path("entity_id").asText("");
        if (id.isBlank()) {
            throw new PermanentJobError("Magento " + env.backend().id() + " added a track but returned no id");
        }
        return id;
    }
}

package io.shopbridge.sandbox.magento2.sales;

import io.quarkus.arc.profile.UnlessBuildProfile;
import java.math.BigDecimal;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.shopbridge.sandbox.magento2.Magento2Sandbox;
import io.shopbridge.sandbox.magento2.ShopData;
import io.shopbridge.sandbox.magento2.rest.Magento2Resource;
import io.shopbridge.sandbox.magento2.rest.RestError;
import io.shopbridge.sandbox.magento2.rest.RestRequest;
import io.shopbridge.sandbox.magento2.rest.RestRouter;
import io.shopbridge.sandbox.magento2.rest.SearchQuery;

/**
 * {@code POST /V1/order/{id}/ship} with its {@code tracks} (answers the shipment's entity id as a JSON string),
 * {@code GET /V1/shipment/{id}} (items, tracks, comments), the shipment search, and {@code POST /V1/shipment/track}.
 */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class ShipmentResource implements Magento2Resource {

    public static final String TABLE = "shipments";
    private static final String TRACKS = "shipment_tracks";

    @Inject
    Magento2Sandbox sandbox;

    @Override
    public void register(RestRouter router) {
        router.post("order/{id}/ship", (shop, request, path) -> ship(shop, path.get("id"),
                        request))
                .get("shipment/{id}", (shop, request, path) -> shop.find(TABLE, path.get("id")).orElseThrow(RestError::notFound))
                .get("shipments", (shop, request, path) -> SearchQuery.of(request.query())
                        .envelope(Orders.all(shop, TABLE), shop.newObject()))
                .post("shipment/track", (shop, request, path) -> addTrack(shop, request));
    }

    /** The shipment as {@code GET /V1/shipment/{id}} answers it, a copy. */
    public ObjectNode shipment(long entityId) {
        return sandbox.withShop(shop -> shop.find(TABLE, entityId).orElseThrow(RestError::notFound).deepCopy());
    }

    private static String ship(ShopData shop, String orderId, RestRequest request) {
        ObjectNode order = Orders.get(shop, orderId);
        Map<Long, BigDecimal> quantities = OrderDocuments.quantities(OrderDocuments.Kind.SHIPMENT, order, request);
        ObjectNode shipment = OrderDocuments.create(shop, OrderDocuments.Kind.SHIPMENT, TABLE, order, quantities,
                request);
        ArrayNode tracks = shipment.putArray("tracks");
        for (JsonNode track : request.body().path("tracks")) {
            tracks.add(track(shop, shipment, track));
        }
        Orders.settleState(shop, order);
        return shipment.get("entity_id").asText();
    }

    private static ObjectNode addTrack(ShopData shop, RestRequest request) {
        JsonNode entity = request.body().path("entity");
        for (String required : new String[] {"parent_id", "order_id", "track_number", "carrier_code"}) {
            if (entity.path(required).asText("").isBlank()) {
                throw new RestError(400, "\"%fieldName\" is required. Enter and try again.",
                        Map.of("fieldName", required));
            }
        }
        ObjectNode shipment = shop.find(TABLE, entity.path("parent_id").asText())
                .orElseThrow(() -> RestError.badRequest("Could not save the shipment tracking."));
        if (shipment.path("order_id").asLong() != entity.path("order_id").asLong()) {
            throw RestError.badRequest("Could not save the shipment tracking.");
        }
        ObjectNode track = track(shop, shipment, entity);
        shipment.withArray("tracks").add(track);
        return track;
    }

    private static ObjectNode track(ShopData shop, ObjectNode shipment, JsonNode asked) {
        String now = shop.now();
        ObjectNode track = shop.newObject();
        track.put("order_id", shipment.path("order_id").asLong());
        track.put("created_at", now);
        track.put("entity_id", shop.nextId(TRACKS));
        track.put("parent_id", shipment.path("entity_id").asLong());
        track.put("updated_at", now);
        track.put("weight", asked.path("weight").asDouble(0));
        track.put("qty", asked.path("qty").asDouble(0));
        track.put("description", asked.path("description").asText(null));
        track.put("track_number", asked.path("track_number").asText());
        track.put("title", asked.path("title").asText(""));
        track.put("carrier_code", asked.path("carrier_code").asText());
        return track;
    }
}

package io.shopbridge.sandbox.magento2.sales;

import io.quarkus.arc.profile.UnlessBuildProfile;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.shopbridge.sandbox.magento2.Magento2Sandbox;
import io.shopbridge.sandbox.magento2.ShopData;
import io.shopbridge.sandbox.magento2.rest.Magento2Resource;
import io.shopbridge.sandbox.magento2.rest.RestError;
import io.shopbridge.sandbox.magento2.rest.RestRequest;
import io.shopbridge.sandbox.magento2.rest.RestRouter;
import io.shopbridge.sandbox.magento2.rest.SearchQuery;

/**
 * {@code /V1/orders}: read, search, and the order management actions: cancel (answers {@code false} when the order
 * cannot be canceled, as Magento does), hold and unhold (400 when not available), comments.
 */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class OrderResource implements Magento2Resource {

    static final String SEED = "sandbox/magento2/seed/orders.json";

    private static final Set<String> NOT_CANCELABLE = Set.of("canceled", "complete", "closed", "holded",
            "payment_review");
    private static final Set<String> NOT_HOLDABLE = Set.of("canceled", "complete", "closed", "holded",
            "payment_review");

    @Inject
    Magento2Sandbox sandbox;

    @Override
    public void register(RestRouter router) {
        router.get("orders/{id}", (shop, request, path) -> Orders.get(shop, path.get("id")))
                .get("orders", (shop, request, path) -> SearchQuery.of(request.query())
                        .envelope(Orders.all(shop, Orders.TABLE), shop.newObject()))
                .post("orders/{id}/cancel", (shop, request, path) -> cancel(shop, path.get("id")))
                .post("orders/{id}/hold", (shop, request, path) -> hold(shop, path.get("id")))
                .post("orders/{id}/unhold", (shop, request, path) -> unhold(shop, path.get("id")))
                .post("orders/{id}/comments", (shop, request, path) -> comment(shop, path.get("id"), request));
    }

    @Override
    public void seed(ShopData shop) {
        shop.seed(Orders.TABLE, SEED, "entity_id");
        for (ObjectNode order : shop.table(Orders.TABLE).values()) {
            order.path("items").forEach(item -> shop.reserve(Orders.ITEMS, item.path("item_id").asLong()));
        }
    }

    /** Places an order (tests, the control endpoint): the new order's JSON. */
    public ObjectNode place(NewOrder order) {
        return sandbox.withShop(shop -> Orders.place(shop, order).deepCopy());
    }

    /** The order as {@code GET /V1/orders/{id}} answers it, a copy. */
    public ObjectNode order(long entityId) {
        return sandbox.withShop(shop -> Orders.get(shop, String.valueOf(entityId)).deepCopy());
    }

    private static boolean cancel(ShopData shop, String id) {
        ObjectNode order = Orders.get(shop, id);
        if (NOT_CANCELABLE.contains(order.path("state").asText()) || nothingToCancel(order)) {
            return false;
        }
        for (JsonNode item : order.path("items")) {
            BigDecimal open = item.path("qty_ordered").decimalValue().subtract(item.path("qty_invoiced").decimalValue());
            ((ObjectNode) item).put("qty_canceled", open.max(BigDecimal.ZERO));
        }
        Orders.setState(shop, order, "canceled");
        return true;
    }

    private static boolean nothingToCancel(ObjectNode order) {
        for (JsonNode item : order.path("items")) {
            if (item.path("qty_ordered").decimalValue().compareTo(item.path("qty_invoiced").decimalValue()
                    .add(item.path("qty_canceled").decimalValue())) > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hold(ShopData shop, String id) {
        ObjectNode order = Orders.get(shop, id);
        if (NOT_HOLDABLE.contains(order.path("state").asText())) {
            throw RestError.badRequest("A hold action is not available.");
        }
        order.put("hold_before_state", order.path("state").asText());
        order.put("hold_before_status", order.path("status").asText());
        Orders.setState(shop, order, "holded");
        return true;
    }

    private static boolean unhold(ShopData shop, String id) {
        ObjectNode order = Orders.get(shop, id);
        if (!order.path("state").asText().equals("holded")) {
            throw RestError.badRequest("You cannot remove the hold.");
        }
        Orders.setState(shop, order, order.path("hold_before_state").asText("processing"));
        order.put("status", order.path("hold_before_status").asText(order.path("status").asText()));
        order.remove("hold_before_state");
        order.remove("hold_before_status");
        return true;
    }

    private static boolean comment(ShopData shop, String id, RestRequest request) {
        ObjectNode order = Orders.get(shop, id);
        JsonNode history = request.body().path("statusHistory");
        if (history.isMissingNode()) {
            history = request.body().path("status_history");
        }
        if (!history.isObject()) {
            throw new RestError(400, "\"%fieldName\" is required. Enter and try again.",
                    Map.of("fieldName", "statusHistory"));
        }
        Orders.comment(shop, order, history.path("comment").asText(""), history.path("status").asText(null),
                history.path("is_customer_notified").asInt(0) == 1,
                history.path("is_visible_on_front").asInt(0) == 1);
        return true;
    }
}

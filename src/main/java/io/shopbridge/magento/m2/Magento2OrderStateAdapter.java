package io.shopbridge.magento.m2;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.order.OrderStateAdapter;
import io.shopbridge.magento.order.OrderStateExport;

/**
 * Order state on Magento 2: {@code GET /V1/orders/{id}}, then {@code POST /V1/orders/{id}/cancel}, {@code hold} or
 * {@code unhold} when the order is not in the asked state, then {@code POST /V1/orders/{id}/comments}. Magento's
 * cancel answers {@code false} when the order cannot be canceled (invoiced, say): the job fails saying so.
 */
@Singleton
public class Magento2OrderStateAdapter implements OrderStateAdapter {

    @Inject
    Magento2Client client;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO_2X;
    }

    @Override
    public String model() {
        return MagentoModels.SALE_ORDER;
    }

    @Override
    public void change(ConnectorEnvironment env, String entityId, OrderStateExport change,
            boolean earlierRunMayHaveChanged) {
        JsonNode order = client.get(env.backend(), Magento2Path.of("orders", entityId));
        String state = order.path("state").asText();
        String action = switch (change.target()) {
            case CANCELED -> state.equals("canceled") ? null : "cancel";
            case HOLDED -> state.equals("holded") ? null : "hold";
            case ACTIVE -> state.equals("holded") ? "unhold" : null;
        };
        if (action != null) {
            JsonNode done = client.post(env.backend(), Magento2Path.of("orders", entityId, action), null);
            if (done.isBoolean() && !done.asBoolean()) {
                throw new PermanentJobError("Magento " + env.backend().id() + " did not " + action + " order "
                        + entityId + " (state " + state + ")");
            }
        } else if (!earlierRunMayHaveChanged || commented(order, change.comment())) {
            return;
        }
        client.post(env.backend(), Magento2Path.of("orders", entityId, "comments"), Map.of("statusHistory",
                Map.of("comment", change.comment(), "is_customer_notified", 0, "is_visible_on_front", 0)));
    }

    private static boolean commented(JsonNode order, String comment) {
        for (JsonNode entry : order.path("status_histories")) {
            if (comment.equals(entry.path("comment").asText(null))) {
                return true;
            }
        }
        return false;
    }
}

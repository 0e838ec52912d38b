package io.shopbridge.magento.m1;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.order.OrderStateAdapter;
import io.shopbridge.magento.order.OrderStateExport;

/**
 * Order state on Magento 1.x: {@code sales_order.cancel}, {@code hold} or {@code unhold}, then
 * {@code sales_order.addComment(order, false, comment)} (the status stays). The order is read first
 * ({@code sales_order.info}): a second cancel would be fault 103.
 */
@Singleton
public class Magento1OrderStateAdapter implements OrderStateAdapter {

    @Inject
    Magento1Client client;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO_17;
    }

    @Override
    public String model() {
        return MagentoModels.SALE_ORDER;
    }

    @Override
    public void change(ConnectorEnvironment env, String incrementId, OrderStateExport change,
            boolean earlierRunMayHaveChanged) {
        Map<?, ?> order = (Map<?, ?>) client.call(env.backend(), "sales_order.info", List.of(incrementId));
        String state = String.valueOf(order.get("state"));
        String call = switch (change.target()) {
            case CANCELED -> state.equals("canceled") ? null : "sales_order.cancel";
            case HOLDED -> state.equals("holded") ? null : "sales_order.hold";
            case ACTIVE -> state.equals("holded") ? "sales_order.unhold" : null;
        };
        if (call != null) {
            client.call(env.backend(), call, List.of(incrementId));
        } else if (!earlierRunMayHaveChanged || commented(order, change.comment())) {
            return;
        }
        client.call(env.backend(), "sales_order.addComment", List.of(incrementId, Boolean.FALSE, change.comment(),
                Boolean.FALSE));
    }

    private static boolean commented(Map<?, ?> order, String comment) {
        return order.get("status_history") instanceof List<?> history && history.stream()
                .anyMatch(entry -> entry instanceof Map<?, ?> m && comment.equals(m.get("comment")));
    }
}

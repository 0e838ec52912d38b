package io.shopbridge.replay;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An order action of Magento's order management service ({@code POST /V1/orders/{id}/cancel}, {@code hold},
 * {@code unhold}), which the connector changes an order's state with, answered as the capture's order save
 * ({@code POST /V1/orders} with {@code {"entity": {"entity_id": id, "state": ...}}}) that made the same change: the
 * OCA connector saves the order with its new state, which skips what Magento's cancel does (stock, payment), so this
 * connector calls the action and the replay reads the recorded save as its record.
 */
final class RecordedOrderAction {

    private static final Pattern ACTION = Pattern.compile("/V1/orders/(\\d+)/(cancel|hold|unhold)");
    private static final Map<String, String> STATE = Map.of("cancel", "canceled", "hold", "holded");

    private RecordedOrderAction() {
    }

    /** {@code true}, Magento's answer to the action, when the cassette recorded the order saved in that state. */
    static Optional<String> answer(String method, String path, RestCassette cassette) {
        Matcher action = ACTION.matcher(path);
        if (!method.equals("POST") || !action.matches()) {
            return Optional.empty();
        }
        return recordedSave(cassette, action.group(1), action.group(2)).map(save -> "true");
    }

    /** The recorded order save that the action stands for, if the cassette holds one. */
    static Optional<RestCassette.RestExchange> recordedSave(RestCassette cassette, String orderId, String action) {
        String state = STATE.get(action);
        return cassette.exchanges().stream()
                .filter(exchange -> exchange.method().equals("POST") && exchange.path().equals("/V1/orders")
                        && exchange.requestBody() != null
                        && exchange.requestBody().path("entity").path("entity_id").asText().equals(orderId)
                        && (state == null ? !exchange.requestBody().path("entity").path("state").asText()
                                .equals("holded") : exchange.requestBody().path("entity").path("state").asText()
                                .equals(state)))
                .findFirst();
    }
}

package io.shopbridge.sandbox.magento1;

import java.math.BigDecimal;
import com.fasterxml.jackson.databind.JsonNode;
import io.shopbridge.sandbox.magento1.shop.Customer;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.sandbox.magento1.shop.NewOrderItem;
import io.shopbridge.sandbox.magento1.shop.OrderState;

/**
 * The JSON body of {@code POST /sandbox/magento1/control/orders}, with Magento's field names, e.g.
 * <pre>{"customer_id": 136, "customer_email": "jane@example.com", "customer_firstname": "Jane",
 *  "customer_lastname": "Doe", "state": "new", "payment_method": "checkmo", "shipping_amount": "5.00",
 *  "tax_percent": "8.25", "items": [{"sku": "ace001", "name": "Sunglasses", "qty": 2, "price": "225.00"},
 *  {"sku": "wbk003", "name": "Tori Tank", "qty": 1, "price": "60.00", "child_sku": "wbk003xs"}]}</pre>
 * Everything but {@code items} is optional; no {@code customer_id} means a guest order.
 */
final class NewOrderJson {

    private NewOrderJson() {
    }

    /** @throws IllegalArgumentException when a field is missing or malformed */
    static NewOrder parse(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("Expected a JSON object");
        }
        NewOrder.Builder order = NewOrder.builder();
        if (json.hasNonNull("customer_email")) {
            Long id = json.hasNonNull("customer_id") ? json.get("customer_id").asLong() : null;
            order.customer(new Customer(id, json.get("customer_email").asText(),
                    text(json, "customer_firstname", "Guest"), text(json, "customer_lastname", "Shopper")));
        }
        if (json.hasNonNull("state")) {
            order.state(OrderState.fromCode(json.get("state").asText()));
        }
        if (json.hasNonNull("payment_method")) {
            order.paymentMethod(json.get("payment_method").asText());
        }
        if (json.hasNonNull("shipping_amount")) {
            order.shippingAmount(json.get("shipping_amount").asText());
        }
        if (json.hasNonNull("tax_percent")) {
            order.taxPercent(json.get("tax_percent").asText());
        }
        JsonNode items = json.path("items");
        if (!items.isArray()) {
            throw new IllegalArgumentException("Expected an items array");
        }
        items.forEach(item -> order.item(new NewOrderItem(text(item, "sku", null), text(item, "name", null),
                decimal(item, "qty"), decimal(item, "price"), text(item, "child_sku", null))));
        return order.build();
    }

    private static String text(JsonNode json, String field, String fallback) {
        return json.hasNonNull(field) ? json.get(field).asText() : fallback;
    }

    private static BigDecimal decimal(JsonNode json, String field) {
        if (!json.hasNonNull(field)) {
            throw new IllegalArgumentException("Item field " + field + " is required");
        }
        return new BigDecimal(json.get(field).asText());
    }
}

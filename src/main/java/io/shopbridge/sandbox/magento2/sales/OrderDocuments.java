package io.shopbridge.sandbox.magento2.sales;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.shopbridge.sandbox.magento2.ShopData;
import io.shopbridge.sandbox.magento2.rest.RestError;
import io.shopbridge.sandbox.magento2.rest.RestRequest;

/**
 * What an invoice and a shipment share on Magento 2 ({@code InvoiceOrder}, {@code ShipOrder}): the quantities asked
 * ({@code items}, all that is left when none), validated against the order with Magento's messages joined under
 * "<Document> Document Validation Error(s):", and the document record with its items and comment.
 */
final class OrderDocuments {

    /** Invoice or shipment: the quantity field it advances, and its wording. */
    enum Kind {
        INVOICE("Invoice", "invoice", "qty_invoiced", "uninvoiced",
                Set.of("payment_review", "holded", "canceled", "complete", "closed")),
        SHIPMENT("Shipment", "shipment", "qty_shipped", "unshipped",
                Set.of("payment_review", "holded", "canceled", "complete", "closed"));

        final String title;
        final String noun;
        final String qtyField;
        final String openWord;
        final Set<String> refusedStates;

        Kind(String title, String noun, String qtyField, String openWord, Set<String> refusedStates) {
            this.title = title;
            this.noun = noun;
            this.qtyField = qtyField;
            this.openWord = openWord;
            this.refusedStates = refusedStates;
        }
    }

    private OrderDocuments() {
    }

    /** Item id → quantity to cover, validated; throws Magento's 400 with every message found. */
    static Map<Long, BigDecimal> quantities(Kind kind, ObjectNode order, RestRequest request) {
        List<String> errors = new ArrayList<>();
        String state = order.path("state").asText();
        if (kind.refusedStates.contains(state)) {
            errors.add("A" + (kind == Kind.INVOICE ? "n " : " ") + kind.noun
                    + " cannot be created when an order has a status of " + order.path("status").asText());
        }
        Map<Long, BigDecimal> asked = new LinkedHashMap<>();
        JsonNode items = request.body().path("items");
        if (items.isArray() && !items.isEmpty()) {
            for (JsonNode item : items) {
                long itemId = item.path("order_item_id").asLong(item.path("orderItemId").asLong());
                asked.merge(itemId, item.path("qty").decimalValue(), BigDecimal::add);
            }
        } else {
            order.path("items").forEach(item -> asked.put(item.path("item_id").asLong(), open(kind, item)));
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean anyOpen = false;
        for (JsonNode item : order.path("items")) {
            anyOpen |= open(kind, item).signum() > 0;
        }
        for (Map.Entry<Long, BigDecimal> entry : asked.entrySet()) {
            ObjectNode item = Orders.item(order, entry.getKey());
            if (item == null) {
                errors.add("The " + kind.noun + " contains one or more items that are not part of the original order.");
                continue;
            }
            if (entry.getValue().compareTo(open(kind, item)) > 0) {
                errors.add("The quantity to " + (kind == Kind.INVOICE ? "invoice" : "ship")
                        + " must not be greater than the " + kind.openWord + " quantity for product SKU \""
                        + item.path("sku").asText() + "\".");
            }
            total = total.add(entry.getValue());
        }
        if (!anyOpen) {
            errors.add("The order does not allow a" + (kind == Kind.INVOICE ? "n " : " ") + kind.noun
                    + " to be created.");
        } else if (total.signum() <= 0) {
            errors.add("You can't create a" + (kind == Kind.INVOICE ? "n " : " ") + kind.noun + " without products.");
        }
        if (!errors.isEmpty()) {
            throw RestError.badRequest(kind.title + " Document Validation Error(s):\n"
                    + String.join("\n", errors.stream().distinct().toList()));
        }
        return asked;
    }

    /** The document: ids, order, its items (quantities above 0), the comment asked, and advances the order's items. */
    static ObjectNode create(ShopData shop, Kind kind, String table, ObjectNode order, Map<Long, BigDecimal> quantities,
            RestRequest request) {
        long id = shop.nextId(table);
        String now = shop.now();
        ObjectNode document = shop.newObject();
        document.put("entity_id", id);
        document.put("increment_id", String.format("%09d", id));
        document.put("order_id", order.get("entity_id").asLong());
        document.put("store_id", order.path("store_id").asInt(1));
        document.put("created_at", now);
        document.put("updated_at", now);
        ArrayNode items = document.putArray("items");
        BigDecimal totalQty = BigDecimal.ZERO;
        BigDecimal subtotal = BigDecimal.ZERO;
        for (Map.Entry<Long, BigDecimal> entry : quantities.entrySet()) {
            if (entry.getValue().signum() <= 0) {
                continue;
            }
            ObjectNode orderItem = Orders.item(order, entry.getKey());
            orderItem.put(kind.qtyField, orderItem.path(kind.qtyField).decimalValue().add(entry.getValue()));
            ObjectNode item = items.addObject();
            item.put("entity_id", shop.nextId(table + "_items"));
            item.put("parent_id", id);
            item.put("order_item_id", entry.getKey());
            item.put("product_id", orderItem.path("product_id").asLong());
            item.put("sku", orderItem.path("sku").asText());
            item.put("name", orderItem.path("name").asText());
            item.put("qty", entry.getValue());
            item.put("price", orderItem.path("price").decimalValue());
            BigDecimal row = orderItem.path("price").decimalValue().multiply(entry.getValue());
            item.put("row_total", row);
            totalQty = totalQty.add(entry.getValue());
            subtotal = subtotal.add(row);
        }
        document.put("total_qty", totalQty);
        document.put("subtotal", subtotal);
        ArrayNode comments = document.putArray("comments");
        JsonNode comment = request.body().path("comment");
        if (comment.path("comment").isTextual()) {
            ObjectNode entry = comments.addObject();
            entry.put("entity_id", shop.nextId(table + "_comments"));
            entry.put("parent_id", id);
            entry.put("comment", comment.path("comment").asText());
            entry.put("is_customer_notified", request.body().path("notify").asBoolean(false) ? 1 : 0);
            entry.put("is_visible_on_front", comment.path("is_visible_on_front")
                    .asInt(comment.path("isVisibleOnFront").asInt(0)));
            entry.put("created_at", now);
        }
        shop.put(table, id, document);
        return document;
    }

    private static BigDecimal open(Kind kind, JsonNode item) {
        return item.path("qty_ordered").decimalValue()
                .subtract(item.path("qty_canceled").decimalValue())
                .subtract(item.path(kind.qtyField).decimalValue())
                .max(BigDecimal.ZERO);
    }
}

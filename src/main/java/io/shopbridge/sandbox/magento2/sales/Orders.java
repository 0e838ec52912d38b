package io.shopbridge.sandbox.magento2.sales;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.shopbridge.sandbox.magento2.ShopData;
import io.shopbridge.sandbox.magento2.catalog.StockItemResource;
import io.shopbridge.sandbox.magento2.rest.RestError;

/**
 * The sandbox's orders ({@code orders}, by entity id) as {@code OrderInterface} JSON: placing one, its items, its
 * state and status history. Invoices and shipments change them through here.
 */
public final class Orders {

    public static final String TABLE = "orders";
    public static final String ITEMS = "order_items";

    private static final Set<String> STATES = Set.of("new", "pending_payment", "processing", "complete", "closed",
            "canceled", "holded", "payment_review");

    private Orders() {
    }

    public static ObjectNode get(ShopData shop, String entityId) {
        return shop.find(TABLE, entityId).orElseThrow(RestError::notFound);
    }

    /** Places the order: ids from the shop's sequences, totals from the lines, the status its state's default. */
    public static ObjectNode place(ShopData shop, NewOrder order) {
        if (!STATES.contains(order.state())) {
            throw new IllegalArgumentException("Unknown order state " + order.state());
        }
        long entityId = shop.nextId(TABLE);
        String now = shop.now();
        ObjectNode json = shop.newObject();
        json.put("entity_id", entityId);
        json.put("increment_id", String.format("%09d", entityId));
        json.put("state", order.state());
        json.put("status", defaultStatus(order.state()));
        json.put("store_id", 1);
        json.put("created_at", now);
        json.put("updated_at", now);
        if (order.customerId() == null) {
            json.putNull("customer_id");
            json.put("customer_is_guest", 1);
            json.put("customer_group_id", 0);
        } else {
            json.put("customer_id", order.customerId());
            json.put("customer_is_guest", 0);
            json.put("customer_group_id", 1);
        }
        json.put("customer_email", order.email());
        json.put("customer_firstname", order.firstname());
        json.put("customer_lastname", order.lastname());
        json.put("base_currency_code", "USD");
        json.put("order_currency_code", "USD");
        BigDecimal subtotal = BigDecimal.ZERO;
        BigDecimal qty = BigDecimal.ZERO;
        ArrayNode items = json.putArray("items");
        for (NewOrder.Line line : order.lines()) {
            ObjectNode item = items.addObject();
            item.put("item_id", shop.nextId(ITEMS));
            item.put("order_id", entityId);
            item.putNull("parent_item_id");
            item.put("product_id", productId(shop, line.sku()));
            item.put("product_type", "simple");
            item.put("sku", line.sku());
            item.put("name", line.name());
            item.put("qty_ordered", line.qty());
            item.put("qty_invoiced", 0);
            item.put("qty_shipped", 0);
            item.put("qty_canceled", 0);
            item.put("qty_refunded", 0);
            item.put("price", line.price());
            item.put("base_price", line.price());
            item.put("original_price", line.price());
            BigDecimal row = line.price().multiply(line.qty());
            item.put("row_total", row);
            item.put("tax_amount", 0);
            item.put("tax_percent", 0);
            item.put("discount_amount", 0);
            item.put("is_virtual", 0);
            item.put("store_id", 1);
            item.put("created_at", now);
            item.put("updated_at", now);
            subtotal = subtotal.add(row);
            qty = qty.add(line.qty());
        }
        json.put("subtotal", subtotal);
        json.put("grand_total", subtotal);
        json.put("base_grand_total", subtotal);
        json.put("tax_amount", 0);
        json.put("shipping_amount", 0);
        json.put("discount_amount", 0);
        json.put("total_invoiced", 0);
        json.put("total_paid", 0);
        json.put("total_due", subtotal);
        json.put("total_qty_ordered", qty);
        json.put("total_item_count", order.lines().size());
        json.put("shipping_description", "Flat Rate - Fixed");
        ObjectNode payment = json.putObject("payment");
        payment.put("entity_id", entityId);
        payment.put("method", "checkmo");
        payment.put("amount_ordered", subtotal);
        payment.putArray("additional_information").add("Check / Money order");
        json.putArray("status_histories");
        shop.put(TABLE, entityId, json);
        return json;
    }

    /** The order's item with this id, or null. */
    static ObjectNode item(ObjectNode order, long itemId) {
        for (JsonNode item : order.path("items")) {
            if (item.path("item_id").asLong() == itemId) {
                return (ObjectNode) item;
            }
        }
        return null;
    }

    /** Adds a status history entry, newest first as Magento lists them. */
    static void comment(ShopData shop, ObjectNode order, String comment, String status, boolean notified,
            boolean visibleOnFront) {
        ObjectNode entry = shop.newObject();
        entry.put("entity_id", shop.nextId("order_status_histories"));
        entry.put("parent_id", order.get("entity_id").asLong());
        entry.put("comment", comment);
        entry.put("status", status == null ? order.path("status").asText() : status);
        entry.put("is_customer_notified", notified ? 1 : 0);
        entry.put("is_visible_on_front", visibleOnFront ? 1 : 0);
        entry.put("created_at", shop.now());
        entry.put("entity_name", "order");
        ((ArrayNode) order.withArray("status_histories")).insert(0, entry);
    }

    static void setState(ShopData shop, ObjectNode order, String state) {
        order.put("state", state);
        order.put("status", defaultStatus(state));
        order.put("updated_at", shop.now());
    }

    /** After an invoice or a shipment: {@code complete} once every item is invoiced and shipped, else processing. */
    static void settleState(ShopData shop, ObjectNode order) {
        boolean done = true;
        for (JsonNode item : order.path("items")) {
            BigDecimal open = item.path("qty_ordered").decimalValue().subtract(item.path("qty_canceled").decimalValue());
            done &= item.path("qty_invoiced").decimalValue().compareTo(open) >= 0
                    && item.path("qty_shipped").decimalValue().compareTo(open) >= 0;
        }
        setState(shop, order, done ? "complete" : "processing");
    }

    static String defaultStatus(String state) {
        return Map.of("new", "pending", "holded", "holded", "canceled", "canceled", "complete", "complete",
                "processing", "processing", "closed", "closed", "pending_payment", "pending_payment",
                "payment_review", "payment_review").get(state);
    }

    private static long productId(ShopData shop, String sku) {
        return shop.find(StockItemResource.PRODUCTS, sku).map(product -> product.path("id").asLong()).orElse(0L);
    }

    static List<ObjectNode> all(ShopData shop, String table) {
        return List.copyOf(shop.table(table).values());
    }
}

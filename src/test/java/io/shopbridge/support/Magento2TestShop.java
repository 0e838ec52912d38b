package io.shopbridge.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.sandbox.magento2.Magento2Sandbox;
import io.shopbridge.sandbox.magento2.catalog.StockItemResource;
import io.shopbridge.sandbox.magento2.sales.InvoiceResource;
import io.shopbridge.sandbox.magento2.sales.NewOrder;
import io.shopbridge.sandbox.magento2.sales.OrderResource;
import io.shopbridge.sandbox.magento2.sales.ShipmentResource;

/** Shop {@code shop-us}: the 2.x sandbox, over its Java side. */
@ApplicationScoped
public class Magento2TestShop implements TestShop {

    /** Product ids of the stock products tests add, far from the seed's. */
    private static final AtomicLong NEXT_PRODUCT = new AtomicLong(900_000);

    @Inject
    Magento2Sandbox sandbox;

    @Inject
    OrderResource orders;

    @Inject
    InvoiceResource invoices;

    @Inject
    ShipmentResource shipments;

    @Inject
    StockItemResource stockItems;

    @Override
    public String id() {
        return "shop-us";
    }

    @Override
    public String version() {
        return "2.x";
    }

    @Override
    public PlacedOrder placeOrder(OrderState state) {
        ObjectNode order = orders.place(new NewOrder(state.code(), 42L, "ada@example.com", "Ada", "Lovelace", List.of(
                new NewOrder.Line("SKU-A", "Widget A", new BigDecimal("2"), new BigDecimal("10.00")),
                new NewOrder.Line("SKU-B", "Widget B", new BigDecimal("3"), new BigDecimal("20.00")))));
        return new PlacedOrder(order.get("entity_id").asText(), order.at("/items/0/item_id").asText(),
                order.at("/items/1/item_id").asText());
    }

    @Override
    public BigDecimal itemQty(String orderExternalId, String itemId, String column) {
        for (JsonNode item : order(orderExternalId).path("items")) {
            if (item.path("item_id").asText().equals(itemId)) {
                return item.path(column).decimalValue();
            }
        }
        throw new IllegalArgumentException("Order " + orderExternalId + " has no item " + itemId);
    }

    @Override
    public String orderState(String orderExternalId) {
        return order(orderExternalId).path("state").asText();
    }

    @Override
    public String orderEntityId(String orderExternalId) {
        return orderExternalId;
    }

    @Override
    public long historyComments(String orderExternalId, String comment) {
        long count = 0;
        for (JsonNode entry : order(orderExternalId).path("status_histories")) {
            count += comment.equals(entry.path("comment").asText()) ? 1 : 0;
        }
        return count;
    }

    @Override
    public Document invoice(String externalId) {
        return document(invoices.invoice(Long.parseLong(externalId)));
    }

    @Override
    public Document shipment(String externalId) {
        return document(shipments.shipment(Long.parseLong(externalId)));
    }

    @Override
    public List<Track> tracks(String shipmentExternalId) {
        List<Track> tracks = new ArrayList<>();
        for (JsonNode track : shipments.shipment(Long.parseLong(shipmentExternalId)).path("tracks")) {
            tracks.add(new Track(track.path("entity_id").asText(), track.path("track_number").asText(),
                    track.path("carrier_code").asText(), track.path("title").asText()));
        }
        return tracks;
    }

    /** A new product with a stock item (out of stock), so that each test has its own. */
    @Override
    public StockProduct stockProduct() {
        long id = NEXT_PRODUCT.incrementAndGet();
        String sku = "STOCK/" + id + "'s";
        sandbox.withShop(shop -> {
            ObjectNode item = shop.newObject();
            item.put("item_id", id).put("product_id", id).put("stock_id", 1).put("qty", 0).put("is_in_stock", false);
            shop.put(StockItemResource.STOCK_ITEMS, sku, item);
            return null;
        });
        return new StockProduct(Long.toString(id), sku);
    }

    @Override
    public Stock stock(StockProduct product) {
        JsonNode item = stockItems.stockItem(product.sku());
        return new Stock(item.path("qty").decimalValue(), item.path("is_in_stock").asBoolean());
    }

    @Override
    public void failNext(int times, int status) {
        sandbox.failNext(times, status, null);
    }

    @Override
    public void loseNextAnswer(Call call) {
        switch (call) {
            case INVOICE -> sandbox.loseNextAnswer("POST", "order/\\d+/invoice", 504);
            case SHIPMENT -> sandbox.loseNextAnswer("POST", "order/\\d+/ship", 504);
            case TRACK -> sandbox.loseNextAnswer("POST", "shipment/track", 504);
            case STOCK_UPDATE -> sandbox.loseNextAnswer("PUT", "products/.+/stockItems/\\d+", 504);
            case CANCEL -> sandbox.loseNextAnswer("POST", "orders/\\d+/cancel", 504);
            case HOLD -> sandbox.loseNextAnswer("POST", "orders/\\d+/hold", 504);
            case COMMENT -> sandbox.loseNextAnswer("POST", "orders/\\d+/comments", 504);
        }
    }

    private ObjectNode order(String entityId) {
        return orders.order(Long.parseLong(entityId));
    }

    private static Document document(JsonNode document) {
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        document.path("items").forEach(item -> quantities.put(item.path("order_item_id").asText(),
                item.path("qty").decimalValue()));
        List<String> comments = new ArrayList<>();
        document.path("comments").forEach(c -> comments.add(c.path("comment").asText()));
        return new Document(document.path("order_id").asText(), quantities, comments);
    }
}

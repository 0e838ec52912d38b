package io.shopbridge.support;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.Customer;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.sandbox.magento1.shop.StockItem;

/** Shop {@code shop-eu}: the 1.7 sandbox, over its Java side. */
@ApplicationScoped
public class Magento17TestShop implements TestShop {

    /** Shay Printed Pillow, out of stock in the seed. */
    static final long PILLOW = 382;

    @Inject
    Magento1Sandbox sandbox;

    @Override
    public String id() {
        return "shop-eu";
    }

    @Override
    public String version() {
        return "1.7";
    }

    @Override
    public PlacedOrder placeOrder(OrderState state) {
        String increment = sandbox.createOrder(NewOrder.builder()
                .customer(new Customer(42L, "ada@example.com", "Ada", "Lovelace"))
                .state(state)
                .paymentMethod("checkmo")
                .item("SKU-A", "Widget A", 2, "10.00")
                .item("SKU-B", "Widget B", 3, "20.00")
                .build());
        List<Map<String, Object>> items = list(order(increment).get("items"));
        return new PlacedOrder(increment, (String) items.get(0).get("item_id"), (String) items.get(1).get("item_id"));
    }

    @Override
    public BigDecimal itemQty(String orderExternalId, String itemId, String column) {
        return list(order(orderExternalId).get("items")).stream().filter(i -> itemId.equals(i.get("item_id")))
                .findFirst().map(i -> new BigDecimal(i.get(column).toString())).orElseThrow();
    }

    @Override
    public String orderState(String orderExternalId) {
        return (String) order(orderExternalId).get("state");
    }

    @Override
    public String orderEntityId(String orderExternalId) {
        return String.valueOf(order(orderExternalId).get("order_id"));
    }

    @Override
    public long historyComments(String orderExternalId, String comment) {
        return list(order(orderExternalId).get("status_history")).stream()
                .filter(entry -> comment.equals(entry.get("comment"))).count();
    }

    @Override
    public Document invoice(String externalId) {
        Map<String, Object> invoice = sandbox.invoiceInfo(externalId).orElseThrow();
        return document(invoice);
    }

    @Override
    public Document shipment(String externalId) {
        Map<String, Object> shipment = sandbox.shipmentInfo(externalId).orElseThrow();
        return document(shipment);
    }

    @Override
    public List<Track> tracks(String shipmentExternalId) {
        return list(sandbox.shipmentInfo(shipmentExternalId).orElseThrow().get("tracks")).stream()
                .map(t -> new Track((String) t.get("track_id"), (String) t.get("number"),
                        (String) t.get("carrier_code"), (String) t.get("title")))
                .toList();
    }

    @Override
    public StockProduct stockProduct() {
        return new StockProduct(Long.toString(PILLOW), "STOCK-" + PILLOW + "-" + System.nanoTime());
    }

    @Override
    public Stock stock(StockProduct product) {
        StockItem item = sandbox.stockItem(Long.parseLong(product.externalId())).orElseThrow();
        return new Stock(item.qty(), item.inStock());
    }

    @Override
    public void failNext(int times, int status) {
        sandbox.failNext(times, status);
    }

    @Override
    public void loseNextAnswer(Call call) {
        sandbox.loseNextAnswer(switch (call) {
            case INVOICE -> "sales_order_invoice.create";
            case SHIPMENT -> "sales_order_shipment.create";
            case TRACK -> "sales_order_shipment.addTrack";
            case STOCK_UPDATE -> "cataloginventory_stock_item.update";
            case CANCEL -> "sales_order.cancel";
            case HOLD -> "sales_order.hold";
            case COMMENT -> "sales_order.addComment";
        }, 504);
    }

    private Map<String, Object> order(String incrementId) {
        return sandbox.orderInfo(incrementId).orElseThrow();
    }

    private static Document document(Map<String, Object> info) {
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        list(info.get("items")).forEach(item -> quantities.put((String) item.get("order_item_id"),
                new BigDecimal(item.get("qty").toString())));
        return new Document(String.valueOf(info.get("order_id")), quantities, list(info.get("comments")).stream()
                .map(c -> (String) c.get("comment")).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}

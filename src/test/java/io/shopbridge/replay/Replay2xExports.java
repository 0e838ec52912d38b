package io.shopbridge.replay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.CamelContext;

import com.fasterxml.jackson.databind.JsonNode;

import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;

/**
 * A Magento 2.x shop, {@value #SHOP}, whose answers come from an export capture, with the export routes of the
 * templates; and the ERP side of each captured export, read from the capture's request: the order and its items, the
 * invoice or the picking and their quantities, the shipment and the tracking number, the product and its quantity,
 * the order's new state. Each replay starts with no binding of the shop: the captures share ids.
 */
@ApplicationScoped
public class Replay2xExports {

    public static final String SHOP = "shop-replay-2x-export";
    private static final String VERSION = "2.x";
    private static final List<String> EXPORT_JOBS = List.of("export_picking", "export_tracking_number",
            "export_stock_qty", "export_order_state");
    private static final List<String> BINDINGS = List.of("magento_stock_picking_track", "magento_stock_picking",
            "magento_account_invoice", "magento_sale_order_line", "magento_sale_order", "magento_product_product");
    private static final Pattern DOCUMENT = Pattern.compile("/V1/order/(\\d+)/(invoice|ship)");
    private static final Pattern STOCK = Pattern.compile("/V1/products/(.+)/stockItems/(\\d+)");

    @Inject
    CamelContext camel;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    private RestCassetteShop shop;

    /** The shop serves this capture from now on, and the ERP holds none of the shop's bindings. */
    public synchronized RestCassetteShop play(RestCassette cassette) {
        if (shop == null) {
            shop = new RestCassetteShop();
            db.backend(SHOP, VERSION);
            ReplayRoutes.add(camel, "magento-invoice-export", SHOP + "-export-invoice", SHOP, VERSION, shop.url(),
                    null);
            EXPORT_JOBS.forEach(job -> ReplayRoutes.add(camel, "magento-export", SHOP + "-" + job.replace('_', '-'),
                    SHOP, VERSION, shop.url(), job));
        }
        BINDINGS.forEach(table -> db.update("DELETE FROM " + table + " WHERE backend_id = ?", SHOP));
        shop.play(cassette, List.of());
        return shop;
    }

    /**
     * Makes in the ERP the change the capture exported, which starts the export job, and waits for the job to end.
     *
     * @return the job's uuid
     */
    public String export(RestCassette cassette) {
        RestCassette.RestExchange change = cassette.exchanges().stream().filter(e -> !e.method().equals("GET"))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(cassette.name() + " records no change"));
        Matcher document = DOCUMENT.matcher(change.path());
        Matcher stock = STOCK.matcher(change.path());
        String uuid;
        if (document.matches()) {
            uuid = document.group(2).equals("invoice") ? invoice(document.group(1), change.requestBody())
                    : picking(document.group(1), change.requestBody());
        } else if (change.path().equals("/V1/shipment/track")) {
            uuid = track(change.requestBody().path("entity"));
        } else if (stock.matches()) {
            uuid = stock(cassette.answer("/V1/stockItems/" + stock.group(1)).path("product_id").asText(),
                    stock.group(1), change.requestBody().path("stockItem").path("qty").decimalValue());
        } else if (change.path().equals("/V1/orders")) {
            JsonNode entity = change.requestBody().path("entity");
            uuid = orderState(entity.path("entity_id").asText(), entity.path("state").asText());
        } else {
            throw new IllegalArgumentException(cassette.name() + " records " + change.path() + ", no export");
        }
        await(uuid);
        return uuid;
    }

    private String invoice(String orderId, JsonNode request) {
        BoundOrder order = boundOrder(orderId, request.path("items"));
        long invoice = db.invoice("INV/" + orderId, order.partnerId(), order.orderId());
        for (int i = 0; i < order.lineIds().size(); i++) {
            db.invoiceLine(invoice, order.lineIds().get(i), qty(request.path("items").get(i)).toPlainString());
        }
        long binding = db.bindInvoice(SHOP, invoice);
        return jobs.awaitJobFor("export_invoice", MagentoModels.ACCOUNT_INVOICE, binding);
    }

    private String picking(String orderId, JsonNode request) {
        BoundOrder order = boundOrder(orderId, request.path("items"));
        long picking = db.picking("WH/OUT/" + orderId, order.orderId());
        for (int i = 0; i < order.lineIds().size(); i++) {
            db.move(picking, order.lineIds().get(i), qty(request.path("items").get(i)).toPlainString());
        }
        long binding = db.bindPicking(SHOP, picking);
        return jobs.awaitJobFor("export_picking", MagentoModels.STOCK_PICKING, binding);
    }

    /** A shipped picking (bound to the recorded shipment) of the recorded order, given the recorded number. */
    private String track(JsonNode entity) {
        BoundOrder order = boundOrder(entity.path("order_id").asText(), List.of());
        long picking = db.picking(entity.path("description").asText(), order.orderId());
        db.update("UPDATE stock_picking SET carrier_code = ? WHERE id = ?", entity.path("carrier_code").asText(),
                picking);
        long shipment = db.insert("INSERT INTO magento_stock_picking (backend_id, erp_id, external_id) "
                + "VALUES (?, ?, ?)", SHOP, picking, entity.path("parent_id").asText());
        await(jobs.awaitJobFor("export_picking", MagentoModels.STOCK_PICKING, shipment));
        db.update("UPDATE stock_picking SET carrier_tracking_ref = ? WHERE id = ?",
                entity.path("track_number").asText(), picking);
        long track = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> db.value(Long.class, "SELECT MAX(id) FROM magento_stock_picking_track WHERE erp_id = ?",
                        picking), id -> id != null);
        return jobs.awaitJobFor("export_tracking_number", MagentoModels.STOCK_PICKING_TRACK, track);
    }

    private String stock(String productId, String sku, BigDecimal qty) {
        Long existing = db.value(Long.class, "SELECT id FROM product_product WHERE default_code = ?", sku);
        long product = existing != null ? existing : db.product(sku);
        long binding = db.bindProduct(SHOP, product, productId);
        String previous = jobs.latestJobFor("export_stock_qty", MagentoModels.PRODUCT, binding);
        if (db.update("UPDATE stock_product_qty SET qty_available = ? WHERE id = ?", qty, product) == 0) {
            db.update("INSERT INTO stock_product_qty (id, qty_available) VALUES (?, ?)", product, qty);
        }
        return jobs.awaitNewJobFor("export_stock_qty", MagentoModels.PRODUCT, binding, previous);
    }

    private String orderState(String orderId, String magentoState) {
        BoundOrder order = boundOrder(orderId, List.of());
        String erpState = switch (magentoState) {
            case "canceled" -> "cancel";
            case "holded" -> "hold";
            default -> throw new IllegalArgumentException("no ERP state exports Magento state " + magentoState);
        };
        String previous = jobs.latestJobFor("export_order_state", MagentoModels.SALE_ORDER, order.bindingId());
        db.update("UPDATE sale_order SET state = ? WHERE id = ?", erpState, order.orderId());
        return jobs.awaitNewJobFor("export_order_state", MagentoModels.SALE_ORDER, order.bindingId(), previous);
    }

    private record BoundOrder(long partnerId, long orderId, long bindingId, List<Long> lineIds) {
    }

    /** The order bound to the recorded entity id, a line bound to each recorded item. */
    private BoundOrder boundOrder(String orderId, Iterable<JsonNode> items) {
        long partner = db.partner("Replayed Customer");
        long order = db.saleOrder("SO-replay-" + orderId + "-" + System.nanoTime(), partner);
        long binding = db.bindOrder(SHOP, order, orderId);
        List<Long> lines = new ArrayList<>();
        for (JsonNode item : items) {
            String itemId = item.path("order_item_id").asText(item.path("orderItemId").asText());
            long line = db.saleOrderLine(order, db.product("REPLAY-" + itemId + "-" + System.nanoTime()),
                    qty(item).toPlainString());
            db.bindOrderLine(SHOP, line, itemId, binding);
            lines.add(line);
        }
        return new BoundOrder(partner, order, binding, lines);
    }

    private static BigDecimal qty(JsonNode item) {
        return new BigDecimal(item.path("qty").asText()).stripTrailingZeros();
    }

    private void await(String uuid) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> List.of("done", "failed").contains(jobs.state(uuid)));
    }

    @PreDestroy
    void stop() {
        if (shop != null) {
            shop.close();
        }
    }
}

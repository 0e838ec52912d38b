package io.shopbridge.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.shopbridge.sandbox.magento1.shop.OrderState;

/**
 * A sandbox shop a flow test runs against, read the same way on every Magento version: {@code shop-eu} on 1.7,
 * {@code shop-us} on 2.x. Ids are the ones the ERP binds on that version (1.7: increment ids; 2.x: entity ids).
 */
public interface TestShop {

    /** An order placed on the shop: the id the ERP binds, and its two items' ids. */
    record PlacedOrder(String externalId, String firstItemId, String secondItemId) {
    }

    /** An invoice or a shipment as the shop has it: its order's entity id, quantity per order item id, comments. */
    record Document(String orderEntityId, Map<String, BigDecimal> quantities, List<String> comments) {

        /** The items it covers (1.7 lists the others at 0), quantities without trailing zeros ({@code 1}, not 1.0000). */
        public Map<String, BigDecimal> covered() {
            Map<String, BigDecimal> covered = new java.util.LinkedHashMap<>();
            quantities.forEach((item, qty) -> {
                if (qty.signum() > 0) {
                    covered.put(item, qty.stripTrailingZeros());
                }
            });
            return covered;
        }
    }

    record Track(String id, String number, String carrierCode, String title) {
    }

    /** A product of the shop with a stock item: the id the ERP binds, and the SKU the ERP product gets. */
    record StockProduct(String externalId, String sku) {
    }

    record Stock(BigDecimal qty, boolean inStock) {
    }

    /** The shop's calls whose answer a test can lose after the shop did the work. */
    enum Call {
        INVOICE, SHIPMENT, TRACK, STOCK_UPDATE, CANCEL, HOLD, COMMENT
    }

    String id();

    String version();

    /** An order of 2 × SKU-A at 10.00 and 3 × SKU-B at 20.00 for Ada Lovelace, in that state. */
    PlacedOrder placeOrder(OrderState state);

    /** An order item's {@code qty_invoiced}, {@code qty_shipped}, ... */
    BigDecimal itemQty(String orderExternalId, String itemId, String column);

    String orderState(String orderExternalId);

    /** The order's entity id (on 2.x, the id the ERP binds). */
    String orderEntityId(String orderExternalId);

    /** How many of the order's history entries carry this comment. */
    long historyComments(String orderExternalId, String comment);

    Document invoice(String externalId);

    Document shipment(String externalId);

    List<Track> tracks(String shipmentExternalId);

    StockProduct stockProduct();

    Stock stock(StockProduct product);

    /** The next {@code times} calls answer HTTP {@code status}. */
    void failNext(int times, int status);

    /** The next such call is done by the shop, and its answer lost (504). */
    void loseNextAnswer(Call call);
}

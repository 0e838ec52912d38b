package io.shopbridge.support;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.shopbridge.magento.MagentoModels;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.Customer;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.sandbox.magento1.shop.OrderState;

/**
 * A Magento order of 2 × SKU-A and 3 × SKU-B placed in the sandbox, and the same order in the ERP bound to it (order
 * and lines), as the ERP has it after importing it from shop {@value #SHOP}.
 */
@ApplicationScoped
public class BoundOrders {

    public static final String SHOP = "shop-eu";

    @Inject
    Magento1Sandbox sandbox;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    /** The shop, its ids of the order (the one the ERP binds, the items'), and the ERP's ids. */
    public record BoundOrder(TestShop shop, String externalId, String firstItemId, String secondItemId,
            long partnerId, long orderId, long firstLineId, long secondLineId, long orderBindingId) {
    }

    @Inject
    TestShops shops;

    /** On the 1.7 shop, {@value #SHOP}. */
    public BoundOrder place(OrderState state) {
        return place(shops.of("1.7"), state);
    }

    public BoundOrder place(TestShop shop, OrderState state) {
        db.backend(shop.id(), shop.version());
        TestShop.PlacedOrder placed = shop.placeOrder(state);
        String itemA = placed.firstItemId();
        String itemB = placed.secondItemId();
        String external = placed.externalId();

        // the sandbox hands out ids again after a reset, while the ERP keeps what earlier tests imported and bound
        db.update("DELETE FROM magento_sale_order_line WHERE backend_id = ? AND external_id IN (?, ?)", shop.id(),
                itemA, itemB);
        long partner = db.partner("Ada Lovelace");
        long order = db.saleOrder("SO-" + external, partner);
        // a sandbox reset hands out the shop's ids again: the ERP's product codes must stay unique
        String codes = shop.id() + "-" + external + "-" + System.nanoTime();
        long lineA = db.saleOrderLine(order, db.product("A-" + codes), "2");
        long lineB = db.saleOrderLine(order, db.product("B-" + codes), "3");
        long orderBinding = db.bindOrder(shop.id(), order, external);
        db.bindOrderLine(shop.id(), lineA, itemA, orderBinding);
        db.bindOrderLine(shop.id(), lineB, itemB, orderBinding);
        return new BoundOrder(shop, external, itemA, itemB, partner, order, lineA, lineB, orderBinding);
    }

    /** What the sandbox's order says of one item ({@code qty_shipped}, {@code qty_invoiced}, ...). */
    @SuppressWarnings("unchecked")
    public String itemColumn(String orderIncrementId, String itemId, String column) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) sandbox.orderInfo(orderIncrementId).orElseThrow()
                .get("items");
        return items.stream().filter(i -> itemId.equals(i.get("item_id"))).findFirst().orElseThrow()
                .get(column).toString();
    }

    /** Sets the ERP order's state, as a user would, and waits for the state export job it starts. */
    public String setState(BoundOrder order, String erpState) {
        String previous = jobs.latestJobFor("export_order_state", MagentoModels.SALE_ORDER, order.orderBindingId());
        db.update("UPDATE sale_order SET state = ? WHERE id = ?", erpState, order.orderId());
        return jobs.awaitNewJobFor("export_order_state", MagentoModels.SALE_ORDER, order.orderBindingId(), previous);
    }

    /** How many of the sandbox order's history entries carry this comment. */
    @SuppressWarnings("unchecked")
    public long historyComments(String orderIncrementId, String comment) {
        List<Map<String, Object>> history = (List<Map<String, Object>>) sandbox.orderInfo(orderIncrementId)
                .orElseThrow().get("status_history");
        return history.stream().filter(entry -> comment.equals(entry.get("comment"))).count();
    }

    public String shopState(String orderIncrementId) {
        return (String) sandbox.orderInfo(orderIncrementId).orElseThrow().get("state");
    }
}

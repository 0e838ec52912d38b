package io.shopbridge.magento.m2;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import io.shopbridge.connector.adapter.ChangedPage;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.order.MagentoOrder;
import io.shopbridge.magento.partner.MagentoAddress;

/**
 * Sales orders on 2.x, by entity id (what every 2.x sales route takes, so what 2.x binds; the increment id is the ERP
 * order's name): {@code GET /V1/orders/{id}}, and {@code GET /V1/orders} by {@code updated_at} for the changed ones.
 * The shipping method and address are in the order's first shipping assignment; an edit names the order it replaces
 * by entity id ({@code relation_parent_id}). A configurable line is a priced parent item and a child item of the
 * simple product chosen: the order gets one item, the parent's, of the child's product.
 */
@Singleton
public class Magento2OrderAdapter extends Magento2ImportAdapter<MagentoOrder> {

    private static final String ENTITY_ID = "entity_id";
    private static final String CONFIGURABLE = "configurable";

    @Override
    public String model() {
        return MagentoModels.SALE_ORDER;
    }

    @Override
    public MagentoOrder read(ConnectorEnvironment env, String entityId) {
        return order(one(env, "orders", entityId));
    }

    @Override
    public ChangedPage changedSince(ConnectorEnvironment env, Instant since, String after, int pageSize) {
        return changedSearch(env, "orders", ENTITY_ID, ENTITY_ID, ENTITY_ID, true, since, after, pageSize);
    }

    static MagentoOrder order(M2Record order) {
        M2Record shipping = shipping(order);
        M2Record shippingAddress = shipping == null ? null : shipping.record("address");
        M2Record payment = order.record("payment");
        boolean guest = order.flag("customer_is_guest") || order.id("customer_id") == null;
        return new MagentoOrder(order.text("increment_id"), order.text("state"),
                guest ? null : order.text("customer_id"), order.text("customer_email"),
                order.text("customer_firstname"), order.text("customer_lastname"), order.text("order_currency_code"),
                order.decimal("grand_total"), order.decimalOrZero("shipping_amount"),
                order.decimalOrZero("shipping_tax_amount"), shipping == null ? null : shipping.text("method"),
                order.text("shipping_description"), payment == null ? null : payment.text("method"),
                billing(order),
                shippingAddress == null ? null : M2Addresses.ofOrder(shippingAddress, false),
                items(order.records("items")), order.id("relation_parent_id"), order.instant("created_at"),
                order.instant("updated_at"));
    }

    /** An order placed through the API may have no billing address: its customer's name and e-mail stand for it. */
    private static MagentoAddress billing(M2Record order) {
        M2Record billing = order.record("billing_address");
        return billing != null ? M2Addresses.ofOrder(billing, true)
                : new MagentoAddress(null, order.text("customer_firstname"), order.text("customer_lastname"), null,
                        null, null, null, null, null, null, order.text("customer_email"), true, false);
    }

    /** A virtual order's assignment has no shipping method: it has no shipping. */
    private static M2Record shipping(M2Record order) {
        M2Record extension = order.record("extension_attributes");
        List<M2Record> assignments = extension == null ? List.of() : extension.records("shipping_assignments");
        M2Record shipping = assignments.isEmpty() ? null : assignments.get(0).record("shipping");
        return shipping == null || shipping.text("method") == null ? null : shipping;
    }

    /**
     * The row total before the discount is price × quantity: some 2.x versions answer {@code row_total} after the
     * discount (a captured 20% line: price 69, discount 13.8, row total 55.2).
     */
    private static List<MagentoOrder.Item> items(List<M2Record> items) {
        Map<String, M2Record> childOfParent = items.stream().filter(item -> item.id("parent_item_id") != null)
                .collect(Collectors.toMap(item -> item.id("parent_item_id"), Function.identity(), (a, b) -> a));
        return items.stream().filter(item -> item.id("parent_item_id") == null).map(item -> {
            M2Record product = CONFIGURABLE.equals(item.text("product_type"))
                    ? childOfParent.getOrDefault(item.text("item_id"), item) : item;
            BigDecimal qty = item.decimal("qty_ordered");
            BigDecimal price = item.decimalOrZero("price");
            return new MagentoOrder.Item(item.text("item_id"), product.text("product_id"), item.text("name"), qty, price,
                    item.decimalOrZero("discount_percent"), item.decimalOrZero("discount_amount"),
                    item.decimalOrZero("tax_percent"), item.decimalOrZero("tax_amount"), price.multiply(qty));
        }).toList();
    }
}

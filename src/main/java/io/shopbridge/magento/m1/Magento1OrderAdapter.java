package io.shopbridge.magento.m1;

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
 * Sales orders on Magento 1.x, by increment id (what every 1.x sales call takes, so what 1.7 binds):
 * {@code sales_order.info}, and {@code sales_order.list} by {@code updated_at} for the changed ones. A configurable
 * line is a priced parent item and a child item of the simple product chosen: the order gets one item, the parent's,
 * of the child's product.
 */
@Singleton
public class Magento1OrderAdapter extends Magento1ImportAdapter<MagentoOrder> {

    private static final String ENTITY_ID = "order_id";
    private static final String INCREMENT_ID = "increment_id";

    @Override
    public String model() {
        return MagentoModels.SALE_ORDER;
    }

    @Override
    public MagentoOrder read(ConnectorEnvironment env, String externalId) {
        M1Row order = one(env, "sales_order.info", externalId);
        M1Row shipping = order.row("shipping_address");
        return new MagentoOrder(order.text(INCREMENT_ID), order.text("state"), order.text("customer_id"),
                order.text("customer_email"), order.text("customer_firstname"), order.text("customer_lastname"),
                order.text("order_currency_code"), order.decimal("grand_total"), order.decimalOrZero("shipping_amount"),
                order.decimalOrZero("shipping_tax_amount"), order.text("shipping_method"),
                order.text("shipping_description"), order.row("payment").text("method"),
                address(order.row("billing_address"), true), shipping == null ? null : address(shipping, false),
                items(order.rows("items")), order.text("relation_parent_real_id"), order.instant("created_at"),
                order.instant("updated_at"));
    }

    @Override
    public ChangedPage changedSince(ConnectorEnvironment env, Instant since, String after, int pageSize) {
        return changedList(env, "sales_order.list", ENTITY_ID, INCREMENT_ID, since, after, pageSize);
    }

    private static MagentoAddress address(M1Row address, boolean billing) {
        return M1Addresses.address(address, billing, !billing);
    }

    private static List<MagentoOrder.Item> items(List<M1Row> items) {
        Map<String, M1Row> childOfParent = items.stream().filter(item -> item.text("parent_item_id") != null)
                .collect(Collectors.toMap(item -> item.text("parent_item_id"), Function.identity()));
        return items.stream().filter(item -> item.text("parent_item_id") == null).map(item -> {
            M1Row product = childOfParent.getOrDefault(item.text("item_id"), item);
            return new MagentoOrder.Item(item.text("item_id"), product.text("product_id"), item.text("name"),
                    item.decimal("qty_ordered"), item.decimal("price"), item.decimalOrZero("discount_percent"),
                    item.decimalOrZero("discount_amount"), item.decimalOrZero("tax_percent"),
                    item.decimalOrZero("tax_amount"), item.decimal("row_total"));
        }).toList();
    }
}

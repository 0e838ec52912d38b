package io.shopbridge.sandbox.magento1.sales;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import io.shopbridge.sandbox.magento1.api.ApiAttributes;
import io.shopbridge.sandbox.magento1.api.ApiMethod;
import io.shopbridge.sandbox.magento1.api.ApiResource;
import io.shopbridge.sandbox.magento1.api.CollectionFilter;
import io.shopbridge.sandbox.magento1.api.FaultTable.Definition;
import io.shopbridge.sandbox.magento1.api.FaultTable;
import io.shopbridge.sandbox.magento1.api.Args;
import io.shopbridge.sandbox.magento1.shop.Order;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.sandbox.magento1.shop.OrderStatusChange;
import io.shopbridge.sandbox.magento1.shop.ShopRefusal;
import io.shopbridge.sandbox.magento1.shop.Shop;

/** {@code sales_order} (alias {@code order}): {@code Mage_Sales_Model_Order_Api}. */
public final class SalesOrderResource implements ApiResource {

    static final FaultTable FAULTS = new FaultTable(Map.of(
            "not_exists", new Definition(100, "Requested order not exists."),
            "filters_invalid", new Definition(101, "Invalid filters given. Details in error message."),
            "data_invalid", new Definition(102, "Invalid data given. Details in error message."),
            "status_not_changed", new Definition(103, "Order status not changed. Details in error message.")));

    /** Billing and shipping names the list's SELECT joins from the address table. */
    private static final List<String> ADDRESS_FIELDS = List.of("billing_firstname", "billing_lastname",
            "shipping_firstname", "shipping_lastname", "billing_name", "shipping_name");

    private final Shop shop;
    private final CollectionFilter filter;

    public SalesOrderResource(Shop shop) {
        this.shop = shop;
        Set<String> columns = new HashSet<>(Order.columns());
        columns.addAll(ADDRESS_FIELDS);
        this.filter = new CollectionFilter(Map.of("order_id", "entity_id"), columns);
    }

    @Override
    public String name() {
        return "sales_order";
    }

    @Override
    public Set<String> aliases() {
        return Set.of("order");
    }

    @Override
    public Map<String, ApiMethod> methods() {
        return Map.of(
                "info", args -> info(args.string(0)),
                "list", args -> list(args.get(0)),
                "cancel", args -> cancel(args.string(0)),
                "hold", args -> saved(args.string(0), shop::holdOrder),
                "unhold", args -> saved(args.string(0), shop::unholdOrder),
                "addComment", this::addComment);
    }

    /** The {@code sales_order.info} struct of an order: its row plus addresses, items, payment and history. */
    public static Map<String, Object> infoOf(Order order) {
        Map<String, Object> info = ApiAttributes.of(order.row(), "order_id");
        info.put("shipping_address", ApiAttributes.of(order.shippingAddressRow(), "address_id"));
        info.put("billing_address", ApiAttributes.of(order.billingAddressRow(), "address_id"));
        info.put("items", order.itemRows());
        info.put("payment", ApiAttributes.of(order.paymentRow(), "payment_id"));
        info.put("status_history", order.statusHistoryRows().stream().map(row -> ApiAttributes.of(row, null)).toList());
        return info;
    }

    private Map<String, Object> info(String incrementId) {
        return infoOf(order(incrementId));
    }

    private Order order(String incrementId) {
        return shop.order(incrementId).orElseThrow(() -> FAULTS.fault("not_exists"));
    }

    /**
     * {@code cancel(orderIncrementId)}: 103 with the default text for an order already canceled, and for one that
     * does not end canceled: either it could not be canceled (complete, closed, held, fully invoiced), or it was
     * partly invoiced, so Magento canceled the rest, saved it as processing or complete, and still answers 103.
     */
    private Boolean cancel(String incrementId) {
        Order order = order(incrementId);
        if (order.state() == OrderState.CANCELED) {
            throw FAULTS.fault("status_not_changed");
        }
        shop.cancelOrder(order);
        if (order.state() != OrderState.CANCELED) {
            throw FAULTS.fault("status_not_changed");
        }
        return true;
    }

    /** {@code hold} and {@code unhold}: a refusal ("Hold action is not available.") is 103 with its text. */
    private Boolean saved(String incrementId, Consumer<Order> action) {
        Order order = order(incrementId);
        try {
            action.accept(order);
        } catch (ShopRefusal e) {
            throw FAULTS.fault("status_not_changed", e.getMessage());
        }
        return true;
    }

    /** {@code addComment(orderIncrementId, status, comment = null, notify = false)}. */
    private Boolean addComment(Args args) {
        Order order = order(args.string(0));
        String comment = args.get(2) == null ? null : args.string(2);
        shop.commentOrder(order, OrderStatusChange.from(args.get(1)), comment, args.flag(3));
        return true;
    }

    private List<Map<String, Object>> list(Object filters) {
        return filter.apply(filters, shop.orders(), SalesOrderResource::listRow).stream()
                .map(order -> ApiAttributes.of(listRow(order), "order_id"))
                .toList();
    }

    private static Map<String, Object> listRow(Order order) {
        Map<String, Object> billing = order.billingAddressRow();
        Map<String, Object> shipping = order.shippingAddressRow();
        Map<String, Object> row = new LinkedHashMap<>(order.row());
        row.put("billing_firstname", billing.get("firstname"));
        row.put("billing_lastname", billing.get("lastname"));
        row.put("shipping_firstname", shipping.get("firstname"));
        row.put("shipping_lastname", shipping.get("lastname"));
        row.put("billing_name", fullName(billing));
        row.put("shipping_name", fullName(shipping));
        return row;
    }

    /** SQL {@code CONCAT(firstname, ' ', lastname)}: NULL if either part is. */
    private static String fullName(Map<String, Object> address) {
        Object firstname = address.get("firstname");
        Object lastname = address.get("lastname");
        return firstname == null || lastname == null ? null : firstname + " " + lastname;
    }
}

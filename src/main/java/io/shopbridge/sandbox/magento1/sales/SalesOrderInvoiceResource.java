package io.shopbridge.sandbox.magento1.sales;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.shopbridge.sandbox.magento1.api.ApiAttributes;
import io.shopbridge.sandbox.magento1.api.ApiMethod;
import io.shopbridge.sandbox.magento1.api.ApiResource;
import io.shopbridge.sandbox.magento1.api.Args;
import io.shopbridge.sandbox.magento1.api.CollectionFilter;
import io.shopbridge.sandbox.magento1.api.FaultTable.Definition;
import io.shopbridge.sandbox.magento1.api.FaultTable;
import io.shopbridge.sandbox.magento1.shop.Invoice;
import io.shopbridge.sandbox.magento1.shop.ItemQtys;
import io.shopbridge.sandbox.magento1.shop.Order;
import io.shopbridge.sandbox.magento1.shop.Shop;

/** {@code sales_order_invoice} (alias {@code order_invoice}): {@code Mage_Sales_Model_Order_Invoice_Api}. */
public final class SalesOrderInvoiceResource implements ApiResource {

    /**
     * The 1.7 {@code api.xml} block. Its filter fault is named {@code invalid_filter} while the code raises
     * {@code filters_invalid}, so that one would come out as 0 Unknown Error; in practice bad filters fail in SQL.
     */
    static final FaultTable FAULTS = new FaultTable(Map.of(
            "not_exists", new Definition(100, "Requested shipment not exists."),
            "invalid_filter", new Definition(101, "Invalid filter given. Details in error message."),
            "data_invalid", new Definition(102, "Invalid data given. Details in error message."),
            "order_not_exists", new Definition(103, "Requested order not exists."),
            "status_not_changed", new Definition(104, "Invoice status not changed")));

    /** The fields {@code list} selects, in SELECT order; {@code invoice_id} comes last as the entity_id alias. */
    private static final List<String> LIST_FIELDS = List.of("order_id", "increment_id", "created_at", "state",
            "grand_total", "order_currency_code");

    private final Shop shop;
    private final CollectionFilter filter;

    public SalesOrderInvoiceResource(Shop shop) {
        this.shop = shop;
        this.filter = new CollectionFilter(Map.of("invoice_id", "entity_id"), new HashSet<>(Invoice.columns()));
    }

    @Override
    public String name() {
        return "sales_order_invoice";
    }

    @Override
    public Set<String> aliases() {
        return Set.of("order_invoice");
    }

    @Override
    public Map<String, ApiMethod> methods() {
        return Map.of(
                "create", this::create,
                "info", args -> info(args.string(0)),
                "list", args -> list(args.get(0)));
    }

    /** The {@code sales_order_invoice.info} struct of an invoice. */
    public static Map<String, Object> infoOf(Invoice invoice) {
        Map<String, Object> info = ApiAttributes.of(invoice.row(), "invoice_id");
        info.put("order_increment_id", invoice.orderIncrementId());
        info.put("items", invoice.itemRows().stream().map(row -> ApiAttributes.of(row, "item_id")).toList());
        info.put("comments", invoice.commentRows().stream().map(row -> ApiAttributes.of(row, "comment_id")).toList());
        return info;
    }

    /** {@code create(orderIncrementId, itemsQty, comment = null, email = false, includeComment = false)}. */
    private String create(Args args) {
        Order order = shop.order(args.string(0)).orElseThrow(() -> FAULTS.fault("order_not_exists"));
        if (!order.canInvoice()) {
            throw FAULTS.fault("data_invalid", "Cannot do invoice for order.");
        }
        String comment = args.get(2) == null ? null : args.string(2);
        return shop.createInvoice(order, ItemQtys.from(args.get(1)), comment, args.flag(3)).incrementId();
    }

    private Map<String, Object> info(String incrementId) {
        return infoOf(shop.invoice(incrementId).orElseThrow(() -> FAULTS.fault("not_exists")));
    }

    private List<Map<String, Object>> list(Object filters) {
        return filter.apply(filters, shop.invoices(), Invoice::row).stream()
                .map(SalesOrderInvoiceResource::listRow)
                .toList();
    }

    private static Map<String, Object> listRow(Invoice invoice) {
        Map<String, Object> row = invoice.row();
        Map<String, Object> listed = new LinkedHashMap<>();
        LIST_FIELDS.forEach(field -> listed.put(field, row.get(field)));
        listed.put("invoice_id", row.get("entity_id"));
        return listed;
    }
}

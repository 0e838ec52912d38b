package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An invoice of an order (a row of {@code sales_flat_invoice}) with its items and comments. */
public final class Invoice {

    /** {@code Mage_Sales_Model_Order_Invoice::STATE_OPEN}: waits for a capture on a gateway payment method. */
    static final int STATE_OPEN = 1;
    static final int STATE_PAID = 2;

    private final long entityId;
    private final String incrementId;
    private final Order order;
    private final int state;
    private final BigDecimal subtotal;
    private final BigDecimal taxAmount;
    private final BigDecimal discountAmount;
    private final BigDecimal shippingAmount;
    private final BigDecimal totalQty;
    private final boolean emailSent;
    private final LocalDateTime createdAt;
    private final List<InvoiceItem> items = new ArrayList<>();
    private final List<InvoiceComment> comments = new ArrayList<>();

    Invoice(long entityId, String incrementId, Order order, int state, BigDecimal subtotal, BigDecimal taxAmount,
            BigDecimal discountAmount, BigDecimal shippingAmount, BigDecimal totalQty, boolean emailSent,
            LocalDateTime createdAt) {
        this.entityId = entityId;
        this.incrementId = incrementId;
        this.order = order;
        this.state = state;
        this.subtotal = subtotal;
        this.taxAmount = taxAmount;
        this.discountAmount = discountAmount;
        this.shippingAmount = shippingAmount;
        this.totalQty = totalQty;
        this.emailSent = emailSent;
        this.createdAt = createdAt;
    }

    /** The {@code sales_flat_invoice} columns, which {@link #row()} always has. */
    public static List<String> columns() {
        return Tables.INVOICE;
    }

    public String incrementId() {
        return incrementId;
    }

    public String orderIncrementId() {
        return order.incrementId();
    }

    /** The {@code sales_flat_invoice} row. */
    public Map<String, Object> row() {
        BigDecimal grandTotal = grandTotal();
        String currencyCode = order.currency().code();
        return new Row(Tables.INVOICE)
                .set("entity_id", entityId)
                .set("store_id", "1")
                .set("base_grand_total", grandTotal)
                .set("shipping_tax_amount", BigDecimal.ZERO)
                .set("tax_amount", taxAmount)
                .set("base_tax_amount", taxAmount)
                .set("store_to_order_rate", BigDecimal.ONE)
                .set("base_shipping_tax_amount", BigDecimal.ZERO)
                .set("base_discount_amount", discountAmount.negate())
                .set("base_to_order_rate", BigDecimal.ONE)
                .set("grand_total", grandTotal)
                .set("shipping_amount", shippingAmount)
                .set("subtotal_incl_tax", subtotal.add(taxAmount))
                .set("base_subtotal_incl_tax", subtotal.add(taxAmount))
                .set("store_to_base_rate", BigDecimal.ONE)
                .set("base_shipping_amount", shippingAmount)
                .set("total_qty", totalQty)
                .set("base_to_global_rate", order.currency().baseToGlobalRate())
                .set("subtotal", subtotal)
                .set("base_subtotal", subtotal)
                .set("discount_amount", discountAmount.negate())
                .set("billing_address_id", order.billingAddressId())
                .set("order_id", order.entityId())
                .set("email_sent", emailSent ? "1" : null)
                .flag("can_void_flag", false)
                .set("state", state)
                .set("shipping_address_id", order.shippingAddressId())
                .set("store_currency_code", currencyCode)
                .set("order_currency_code", currencyCode)
                .set("base_currency_code", currencyCode)
                .set("global_currency_code", OrderCurrency.GLOBAL)
                .set("increment_id", incrementId)
                .set("created_at", createdAt)
                .set("updated_at", createdAt)
                .set("hidden_tax_amount", BigDecimal.ZERO)
                .set("base_hidden_tax_amount", BigDecimal.ZERO)
                .set("shipping_hidden_tax_amount", BigDecimal.ZERO)
                .set("base_shipping_hidden_tax_amnt", BigDecimal.ZERO)
                .set("shipping_incl_tax", shippingAmount)
                .set("base_shipping_incl_tax", shippingAmount)
                .toMap();
    }

    public List<Map<String, Object>> itemRows() {
        return items.stream().map(InvoiceItem::toRow).toList();
    }

    public List<Map<String, Object>> commentRows() {
        return comments.stream().map(InvoiceComment::toRow).toList();
    }

    long entityId() {
        return entityId;
    }

    BigDecimal subtotal() {
        return subtotal;
    }

    BigDecimal taxAmount() {
        return taxAmount;
    }

    BigDecimal shippingAmount() {
        return shippingAmount;
    }

    BigDecimal discountAmount() {
        return discountAmount;
    }

    BigDecimal grandTotal() {
        return subtotal.subtract(discountAmount).add(taxAmount).add(shippingAmount);
    }

    void addItem(InvoiceItem item) {
        items.add(item);
    }

    void addComment(InvoiceComment comment) {
        comments.add(comment);
    }
}

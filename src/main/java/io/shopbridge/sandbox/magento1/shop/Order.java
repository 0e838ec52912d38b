package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sales order with its items, addresses, payment, status history, invoices and shipments, and Magento 1.7's rules
 * for what may happen to it next; guarded by the shop's lock. Every change moves {@code updated_at}, as every save of
 * a sales entity does ({@code Mage_Sales_Model_Resource_Abstract::_prepareDataForSave}).
 */
public final class Order {

    private final long entityId;
    private final String incrementId;
    private final Customer customer;
    private final BigDecimal shippingAmount;
    private final ShippingMethod shippingMethod;
    private final OrderCurrency currency;
    private final long quoteId;
    private final LocalDateTime createdAt;
    private final List<OrderItem> items = new ArrayList<>();
    private final List<OrderStatusHistory> statusHistory = new ArrayList<>();
    private final List<Invoice> invoices = new ArrayList<>();
    private final List<Shipment> shipments = new ArrayList<>();
    private OrderEdit edit = OrderEdit.NONE;
    private OrderAddress billingAddress;
    private OrderAddress shippingAddress;
    private OrderPayment payment;
    private OrderState state = OrderState.NEW;
    private String status = OrderState.NEW.defaultStatus();
    private OrderState holdBeforeState;
    private String holdBeforeStatus;
    private LocalDateTime updatedAt;
    private final Totals invoiced = new Totals();
    private final Totals canceled = new Totals();
    private BigDecimal totalPaid;

    Order(long entityId, String incrementId, NewOrder spec, long quoteId, LocalDateTime createdAt) {
        this.entityId = entityId;
        this.incrementId = incrementId;
        this.customer = spec.customer();
        this.shippingAmount = spec.shippingAmount();
        this.shippingMethod = spec.shippingMethod();
        this.currency = spec.currency();
        this.quoteId = quoteId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** The {@code sales_flat_order} columns, which {@link #row()} always has. */
    public static List<String> columns() {
        return Tables.ORDER;
    }

    public long entityId() {
        return entityId;
    }

    public String incrementId() {
        return incrementId;
    }

    public OrderState state() {
        return state;
    }

    /** {@code Mage_Sales_Model_Order::canInvoice} (1.7). */
    public boolean canInvoice() {
        if (state == OrderState.HOLDED || state == OrderState.PAYMENT_REVIEW || state == OrderState.CANCELED
                || state == OrderState.COMPLETE || state == OrderState.CLOSED) {
            return false;
        }
        return items.stream().anyMatch(item -> item.qtyToInvoice().signum() > 0);
    }

    /** The {@code sales_flat_order} row. */
    public Map<String, Object> row() {
        BigDecimal subtotal = subtotal();
        BigDecimal tax = taxAmount();
        BigDecimal grandTotal = grandTotal();
        BigDecimal discount = discountAmount().negate();
        String currencyCode = currency.code();
        return new Row(Tables.ORDER)
                .set("entity_id", entityId)
                .set("state", state.code())
                .set("status", status)
                .set("protect_code", Long.toHexString(0x3b4248L + entityId * 7919L))
                .set("shipping_description", shippingMethod.description())
                .flag("is_virtual", false)
                .set("store_id", "1")
                .set("customer_id", customer.id())
                .set("base_discount_amount", discount)
                .set("base_discount_canceled", canceled.discount)
                .set("base_discount_invoiced", invoiced.discount)
                .set("base_grand_total", grandTotal)
                .set("base_shipping_amount", shippingAmount)
                .set("base_shipping_canceled", canceled.shipping)
                .set("base_shipping_invoiced", invoiced.shipping)
                .set("base_shipping_tax_amount", BigDecimal.ZERO)
                .set("base_subtotal", subtotal)
                .set("base_subtotal_canceled", canceled.subtotal)
                .set("base_subtotal_invoiced", invoiced.subtotal)
                .set("base_tax_amount", tax)
                .set("base_tax_canceled", canceled.tax)
                .set("base_tax_invoiced", invoiced.tax)
                .set("base_to_global_rate", currency.baseToGlobalRate())
                .set("base_to_order_rate", BigDecimal.ONE)
                .set("base_total_canceled", canceled.total)
                .set("base_total_invoiced", invoiced.total)
                .set("base_total_invoiced_cost", invoiced.total == null ? null : BigDecimal.ZERO)
                .set("base_total_paid", totalPaid)
                .set("discount_amount", discount)
                .set("discount_canceled", canceled.discount)
                .set("discount_invoiced", invoiced.discount)
                .set("grand_total", grandTotal)
                .set("shipping_amount", shippingAmount)
                .set("shipping_canceled", canceled.shipping)
                .set("shipping_invoiced", invoiced.shipping)
                .set("shipping_tax_amount", BigDecimal.ZERO)
                .set("store_to_base_rate", BigDecimal.ONE)
                .set("store_to_order_rate", BigDecimal.ONE)
                .set("subtotal", subtotal)
                .set("subtotal_canceled", canceled.subtotal)
                .set("subtotal_invoiced", invoiced.subtotal)
                .set("tax_amount", tax)
                .set("tax_canceled", canceled.tax)
                .set("tax_invoiced", invoiced.tax)
                .set("total_canceled", canceled.total)
                .set("total_invoiced", invoiced.total)
                .set("total_paid", totalPaid)
                .set("total_qty_ordered", totalQtyOrdered())
                .flag("customer_is_guest", customer.isGuest())
                .flag("customer_note_notify", true)
                .set("billing_address_id", billingAddress.id())
                .set("customer_group_id", customer.groupId())
                .set("edit_increment", edit.editIncrement())
                .set("quote_id", quoteId)
                .set("shipping_address_id", shippingAddress.id())
                .set("base_shipping_discount_amount", BigDecimal.ZERO)
                .set("base_subtotal_incl_tax", subtotal.add(tax))
                .set("shipping_discount_amount", BigDecimal.ZERO)
                .set("subtotal_incl_tax", subtotal.add(tax))
                .set("weight", weight())
                .set("increment_id", incrementId)
                .set("base_currency_code", currencyCode)
                .set("customer_email", customer.email())
                .set("customer_firstname", customer.firstname())
                .set("customer_lastname", customer.lastname())
                .set("global_currency_code", OrderCurrency.GLOBAL)
                .set("hold_before_state", holdBeforeState == null ? null : holdBeforeState.code())
                .set("hold_before_status", holdBeforeStatus)
                .set("order_currency_code", currencyCode)
                .set("original_increment_id", edit.originalIncrementId())
                .set("relation_child_id", edit.childEntityId())
                .set("relation_child_real_id", edit.childIncrementId())
                .set("relation_parent_id", edit.parentEntityId())
                .set("relation_parent_real_id", edit.parentIncrementId())
                .set("remote_ip", "127.0.0.1")
                .set("shipping_method", shippingMethod.code())
                .set("store_currency_code", currencyCode)
                .set("store_name", "Main Website\nMain Website Store\nDefault Store View")
                .set("created_at", createdAt)
                .set("updated_at", updatedAt)
                .set("total_item_count", items.stream().filter(item -> !item.hasParent()).count())
                .set("hidden_tax_amount", BigDecimal.ZERO)
                .set("base_hidden_tax_amount", BigDecimal.ZERO)
                .set("shipping_hidden_tax_amount", BigDecimal.ZERO)
                .set("base_shipping_hidden_tax_amnt", BigDecimal.ZERO)
                .set("shipping_incl_tax", shippingAmount)
                .set("base_shipping_incl_tax", shippingAmount)
                .flag("paypal_ipn_customer_notified", false)
                .toMap();
    }

    public Map<String, Object> billingAddressRow() {
        return billingAddress.toRow();
    }

    public Map<String, Object> shippingAddressRow() {
        return shippingAddress.toRow();
    }

    public Map<String, Object> paymentRow() {
        return payment.toRow();
    }

    public List<Map<String, Object>> itemRows() {
        return items.stream().map(OrderItem::toRow).toList();
    }

    public List<Map<String, Object>> statusHistoryRows() {
        return statusHistory.stream().map(OrderStatusHistory::toRow).toList();
    }

    String status() {
        return status;
    }

    List<OrderItem> items() {
        return items;
    }

    List<Invoice> invoices() {
        return invoices;
    }

    Customer customer() {
        return customer;
    }

    OrderCurrency currency() {
        return currency;
    }

    OrderEdit edit() {
        return edit;
    }

    void linkEdit(OrderEdit link) {
        this.edit = link;
    }

    long billingAddressId() {
        return billingAddress.id();
    }

    long shippingAddressId() {
        return shippingAddress.id();
    }

    String paymentMethod() {
        return payment.method();
    }

    BigDecimal shippingAmount() {
        return shippingAmount;
    }

    void addItem(OrderItem item) {
        items.add(item);
    }

    void addAddresses(OrderAddress billing, OrderAddress shipping) {
        this.billingAddress = billing;
        this.shippingAddress = shipping;
    }

    void setPayment(OrderPayment payment) {
        this.payment = payment;
    }

    void addStatusHistory(OrderStatusHistory entry) {
        statusHistory.add(entry);
    }

    void changeState(OrderState newState, String newStatus, LocalDateTime at) {
        if (newState == OrderState.HOLDED) {
            holdBeforeState = state;
            holdBeforeStatus = status;
        }
        state = newState;
        status = newStatus;
        updatedAt = at;
    }

    /** {@code canCancel}: not held or in review, something left to invoice, not already canceled, complete or closed. */
    boolean canCancel() {
        if (state == OrderState.HOLDED || state == OrderState.PAYMENT_REVIEW) {
            return false;
        }
        if (items.stream().noneMatch(item -> item.qtyToInvoice().signum() > 0)) {
            return false;
        }
        return state != OrderState.CANCELED && state != OrderState.COMPLETE && state != OrderState.CLOSED;
    }

    /**
     * {@code registerCancellation}: cancels what is neither invoiced nor shipped. An order with invoiced items does not
     * end canceled but processing (something invoiced is left to ship) or complete.
     */
    void cancel(LocalDateTime at) {
        OrderState endState = OrderState.CANCELED;
        for (OrderItem item : items) {
            if (endState != OrderState.PROCESSING && item.qtyToRefund().signum() > 0) {
                endState = item.qtyToShip().compareTo(item.qtyToCancel()) > 0 ? OrderState.PROCESSING
                        : OrderState.COMPLETE;
            }
            item.cancel(at);
        }
        canceled.add(subtotal().subtract(Decimals.orZero(invoiced.subtotal)),
                taxAmount().subtract(Decimals.orZero(invoiced.tax)),
                shippingAmount.subtract(Decimals.orZero(invoiced.shipping)),
                discountAmount().subtract(Decimals.orZero(invoiced.discount)),
                grandTotal().subtract(Decimals.orZero(totalPaid)));
        changeState(endState, endState.defaultStatus(), at);
    }

    /** {@code canHold}. */
    boolean canHold() {
        return state != OrderState.CANCELED && state != OrderState.PAYMENT_REVIEW && state != OrderState.COMPLETE
                && state != OrderState.CLOSED && state != OrderState.HOLDED;
    }

    /** {@code unhold}: back to the state and status the order had when it was held. */
    void unhold(LocalDateTime at) {
        changeState(holdBeforeState, holdBeforeStatus, at);
        holdBeforeState = null;
        holdBeforeStatus = null;
    }

    /** {@code addStatusHistoryComment}'s status argument: a string is the new status, PHP true the state's default. */
    void setStatus(String newStatus, LocalDateTime at) {
        status = newStatus;
        updatedAt = at;
    }

    /** {@code Mage_Sales_Model_Order::isCanceled}. */
    boolean isCanceled() {
        return state == OrderState.CANCELED;
    }

    void touch(LocalDateTime at) {
        updatedAt = at;
    }

    /** The order side of {@code Mage_Sales_Model_Order_Invoice::register} and {@code pay}. */
    void registerInvoice(Invoice invoice, boolean paid, LocalDateTime at) {
        invoices.add(invoice);
        invoiced.add(invoice.subtotal(), invoice.taxAmount(), invoice.shippingAmount(), invoice.discountAmount(),
                invoice.grandTotal());
        if (paid) {
            totalPaid = Decimals.plus(totalPaid, invoice.grandTotal());
            payment.pay(invoice.grandTotal(), invoice.shippingAmount());
        }
        updatedAt = at;
    }

    void registerShipment(Shipment shipment, LocalDateTime at) {
        shipments.add(shipment);
        updatedAt = at;
    }

    /**
     * {@code Mage_Sales_Model_Order::_checkState} once an invoice or a shipment put the order "in process": complete
     * when nothing is left to invoice or ship and it is paid (or free), else processing if it was new.
     *
     * @return whether the state changed (Magento then records the new status in the history)
     */
    boolean checkStateInProcess(LocalDateTime at) {
        if (!isCanceled() && state != OrderState.HOLDED && !canInvoice() && !canShip()
                && (grandTotal().signum() == 0 || Decimals.orZero(totalPaid).signum() > 0)) {
            if (state == OrderState.COMPLETE) {
                return false;
            }
            changeState(OrderState.COMPLETE, OrderState.COMPLETE.defaultStatus(), at);
            return true;
        }
        if (state == OrderState.NEW) {
            changeState(OrderState.PROCESSING, OrderState.PROCESSING.defaultStatus(), at);
            return true;
        }
        return false;
    }

    /** {@code canShip} (1.7): not held or in review, not canceled, and some item left to ship. */
    public boolean canShip() {
        if (state == OrderState.HOLDED || state == OrderState.PAYMENT_REVIEW || isCanceled()) {
            return false;
        }
        return items.stream().anyMatch(item -> item.qtyToShip().signum() > 0);
    }

    private BigDecimal subtotal() {
        return items.stream().map(OrderItem::rowTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal taxAmount() {
        return items.stream().map(OrderItem::taxAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal discountAmount() {
        return items.stream().map(OrderItem::discountAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal grandTotal() {
        return subtotal().subtract(discountAmount()).add(taxAmount()).add(shippingAmount);
    }

    private BigDecimal totalQtyOrdered() {
        return items.stream()
                .filter(item -> !item.hasParent())
                .map(OrderItem::qtyOrdered)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal weight() {
        return items.stream().map(OrderItem::rowWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A group of *_invoiced or *_canceled columns: NULL until something is invoiced or canceled. */
    private static final class Totals {
        BigDecimal subtotal;
        BigDecimal tax;
        BigDecimal shipping;
        BigDecimal discount;
        BigDecimal total;

        void add(BigDecimal subtotal, BigDecimal tax, BigDecimal shipping, BigDecimal discount, BigDecimal total) {
            this.subtotal = Decimals.plus(this.subtotal, subtotal);
            this.tax = Decimals.plus(this.tax, tax);
            this.shipping = Decimals.plus(this.shipping, shipping);
            this.discount = Decimals.plus(this.discount, discount);
            this.total = Decimals.plus(this.total, total);
        }
    }
}

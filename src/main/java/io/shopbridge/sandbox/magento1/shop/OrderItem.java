package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * A row of {@code sales_flat_order_item}. A configurable line is two rows: the parent (type configurable, carries the
 * price) and a simple child with {@code parent_item_id} set and price 0; the child is a "dummy" in Magento's terms.
 */
final class OrderItem {

    private final long itemId;
    private final long orderId;
    private final OrderItem parent;
    private final long productId;
    private final String productType;
    private final String sku;
    private final String name;
    private final BigDecimal qtyOrdered;
    private final BigDecimal price;
    private final BigDecimal taxPercent;
    private final BigDecimal discountPercent;
    private final BigDecimal discountAmount;
    private final BigDecimal taxAmount;
    private final BigDecimal rowTotal;
    private final BigDecimal weight;
    private final long quoteItemId;
    private final String productOptions;
    private final LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    private BigDecimal qtyInvoiced = BigDecimal.ZERO;
    private BigDecimal qtyCanceled = BigDecimal.ZERO;
    private BigDecimal qtyShipped = BigDecimal.ZERO;
    private BigDecimal taxInvoiced = BigDecimal.ZERO;
    private BigDecimal discountInvoiced = BigDecimal.ZERO;
    private BigDecimal rowInvoiced = BigDecimal.ZERO;

    OrderItem(long itemId, long orderId, OrderItem parent, long productId, String productType, String sku, String name,
            BigDecimal qtyOrdered, BigDecimal price, BigDecimal taxPercent, BigDecimal discountPercent, long quoteItemId,
            String productOptions, LocalDateTime createdAt) {
        this.itemId = itemId;
        this.orderId = orderId;
        this.parent = parent;
        this.productId = productId;
        this.productType = productType;
        this.sku = sku;
        this.name = name;
        this.qtyOrdered = qtyOrdered;
        this.price = price;
        this.taxPercent = taxPercent;
        this.rowTotal = Decimals.price(price.multiply(qtyOrdered));
        this.discountPercent = discountPercent;
        this.discountAmount = Decimals.percentOf(rowTotal, discountPercent);
        // tax is applied after the discount, the US setting of the sample shop the captures come from
        this.taxAmount = Decimals.percentOf(rowTotal.subtract(discountAmount), taxPercent);
        this.weight = BigDecimal.ONE;
        this.quoteItemId = quoteItemId;
        this.productOptions = productOptions;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    long itemId() {
        return itemId;
    }

    String name() {
        return name;
    }

    String sku() {
        return sku;
    }

    long productId() {
        return productId;
    }

    boolean hasParent() {
        return parent != null;
    }

    /** Children of configurable lines are priced and invoiced through their parent. */
    boolean isDummy() {
        return parent != null;
    }

    boolean isQtyDecimal() {
        return false;
    }

    BigDecimal qtyOrdered() {
        return qtyOrdered;
    }

    BigDecimal qtyInvoiced() {
        return qtyInvoiced;
    }

    BigDecimal price() {
        return price;
    }

    BigDecimal rowTotal() {
        return rowTotal;
    }

    BigDecimal rowInvoiced() {
        return rowInvoiced;
    }

    BigDecimal taxAmount() {
        return taxAmount;
    }

    BigDecimal taxInvoiced() {
        return taxInvoiced;
    }

    BigDecimal discountAmount() {
        return discountAmount;
    }

    BigDecimal discountInvoiced() {
        return discountInvoiced;
    }

    BigDecimal qtyShipped() {
        return qtyShipped;
    }

    BigDecimal qtyInvoicedOrShipped() {
        return qtyInvoiced.max(qtyShipped);
    }

    BigDecimal qtyCanceled() {
        return qtyCanceled;
    }

    long parentItemId() {
        return parent.itemId;
    }

    BigDecimal parentQtyToShip() {
        return parent.qtyToShip();
    }

    BigDecimal weight() {
        return weight;
    }

    BigDecimal rowWeight() {
        return isDummy() ? BigDecimal.ZERO : weight.multiply(qtyOrdered);
    }

    /** {@code Mage_Sales_Model_Order_Item::getQtyToInvoice}. */
    BigDecimal qtyToInvoice() {
        if (isDummy()) {
            return BigDecimal.ZERO;
        }
        return qtyOrdered.subtract(qtyInvoiced).subtract(qtyCanceled).max(BigDecimal.ZERO);
    }

    /** {@code getQtyToShip}: a configurable's child ships through its parent (nothing is refunded in the sandbox). */
    BigDecimal qtyToShip() {
        if (isDummy()) {
            return BigDecimal.ZERO;
        }
        return qtyOrdered.subtract(qtyShipped).subtract(qtyCanceled).max(BigDecimal.ZERO);
    }

    /** {@code getQtyToRefund}: what is invoiced (nothing is refunded in the sandbox). */
    BigDecimal qtyToRefund() {
        return isDummy() ? BigDecimal.ZERO : qtyInvoiced;
    }

    /** {@code getQtyToCancel}: neither invoiced nor shipped. */
    BigDecimal qtyToCancel() {
        return qtyToInvoice().min(qtyToShip()).max(BigDecimal.ZERO);
    }

    /** {@code _canInvoiceItem($item, array())}: a child goes along while its parent still has qty to invoice. */
    boolean canInvoice() {
        return isDummy() ? parent.qtyToInvoice().signum() > 0 : qtyToInvoice().signum() > 0;
    }

    void registerInvoiced(BigDecimal qty, BigDecimal tax, BigDecimal discount, BigDecimal row, LocalDateTime at) {
        qtyInvoiced = qtyInvoiced.add(qty);
        taxInvoiced = taxInvoiced.add(tax);
        discountInvoiced = discountInvoiced.add(discount);
        rowInvoiced = rowInvoiced.add(row);
        updatedAt = at;
    }

    void registerShipped(BigDecimal qty, LocalDateTime at) {
        qtyShipped = qtyShipped.add(qty);
        updatedAt = at;
    }

    void cancel(LocalDateTime at) {
        qtyCanceled = qtyToCancel();
        updatedAt = at;
    }

    Map<String, Object> toRow() {
        BigDecimal unitTax = qtyOrdered.signum() == 0 ? BigDecimal.ZERO
                : Decimals.price(taxAmount.divide(qtyOrdered, 4, RoundingMode.HALF_UP));
        return new Row(Tables.ORDER_ITEM)
                .set("item_id", itemId)
                .set("order_id", orderId)
                .set("parent_item_id", parent == null ? null : parent.itemId)
                .set("quote_item_id", quoteItemId)
                .set("store_id", "1")
                .set("created_at", createdAt)
                .set("updated_at", updatedAt)
                .set("product_id", productId)
                .set("product_type", productType)
                .set("product_options", productOptions)
                .set("weight", weight)
                .flag("is_virtual", false)
                .set("sku", sku)
                .set("name", name)
                .flag("free_shipping", false)
                .flag("is_qty_decimal", isQtyDecimal())
                .flag("no_discount", false)
                .set("qty_canceled", qtyCanceled)
                .set("qty_invoiced", qtyInvoiced)
                .set("qty_ordered", qtyOrdered)
                .set("qty_refunded", BigDecimal.ZERO)
                .set("qty_shipped", qtyShipped)
                .set("price", price)
                .set("base_price", price)
                .set("original_price", price)
                .set("base_original_price", price)
                .set("tax_percent", taxPercent)
                .set("tax_amount", taxAmount)
                .set("base_tax_amount", taxAmount)
                .set("tax_invoiced", taxInvoiced)
                .set("base_tax_invoiced", taxInvoiced)
                .set("discount_percent", discountPercent)
                .set("discount_amount", discountAmount)
                .set("base_discount_amount", discountAmount)
                .set("discount_invoiced", discountInvoiced)
                .set("base_discount_invoiced", discountInvoiced)
                .set("amount_refunded", BigDecimal.ZERO)
                .set("base_amount_refunded", BigDecimal.ZERO)
                .set("row_total", rowTotal)
                .set("base_row_total", rowTotal)
                .set("row_invoiced", rowInvoiced)
                .set("base_row_invoiced", rowInvoiced)
                .set("row_weight", rowWeight())
                .set("price_incl_tax", price.add(unitTax))
                .set("base_price_incl_tax", price.add(unitTax))
                .set("row_total_incl_tax", rowTotal.add(taxAmount))
                .set("base_row_total_incl_tax", rowTotal.add(taxAmount))
                .set("hidden_tax_amount", BigDecimal.ZERO)
                .set("base_hidden_tax_amount", BigDecimal.ZERO)
                .flag("is_nominal", false)
                .set("gift_message_available", "1")
                .set("base_weee_tax_applied_amount", BigDecimal.ZERO)
                .set("base_weee_tax_applied_row_amnt", BigDecimal.ZERO)
                .set("base_weee_tax_applied_row_amount", BigDecimal.ZERO)
                .set("weee_tax_applied_amount", BigDecimal.ZERO)
                .set("weee_tax_applied_row_amount", BigDecimal.ZERO)
                .set("weee_tax_applied", "a:0:{}")
                .set("weee_tax_disposition", BigDecimal.ZERO)
                .set("weee_tax_row_disposition", BigDecimal.ZERO)
                .set("base_weee_tax_disposition", BigDecimal.ZERO)
                .set("base_weee_tax_row_disposition", BigDecimal.ZERO)
                .toMap();
    }
}

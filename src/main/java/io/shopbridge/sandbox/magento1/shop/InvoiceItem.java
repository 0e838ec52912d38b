package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** A row of {@code sales_flat_invoice_item}. */
final class InvoiceItem {

    private final long entityId;
    private final long invoiceId;
    private final OrderItem orderItem;
    private final BigDecimal qty;
    private final BigDecimal rowTotal;
    private final BigDecimal taxAmount;
    private final BigDecimal discountAmount;

    InvoiceItem(long entityId, long invoiceId, OrderItem orderItem, BigDecimal qty, BigDecimal rowTotal,
            BigDecimal taxAmount, BigDecimal discountAmount) {
        this.entityId = entityId;
        this.invoiceId = invoiceId;
        this.orderItem = orderItem;
        this.qty = qty;
        this.rowTotal = rowTotal;
        this.taxAmount = taxAmount;
        this.discountAmount = discountAmount;
    }

    Map<String, Object> toRow() {
        BigDecimal price = orderItem.price();
        BigDecimal unitTax = Decimals.price(taxAmount.divide(qty, 4, RoundingMode.HALF_UP));
        return new Row(Tables.INVOICE_ITEM)
                .set("entity_id", entityId)
                .set("parent_id", invoiceId)
                .set("base_price", price)
                .set("tax_amount", taxAmount)
                .set("base_row_total", rowTotal)
                .set("discount_amount", discountAmount)
                .set("row_total", rowTotal)
                .set("base_discount_amount", discountAmount)
                .set("price_incl_tax", price.add(unitTax))
                .set("base_tax_amount", taxAmount)
                .set("base_price_incl_tax", price.add(unitTax))
                .set("qty", qty)
                .set("price", price)
                .set("base_row_total_incl_tax", rowTotal.add(taxAmount))
                .set("row_total_incl_tax", rowTotal.add(taxAmount))
                .set("product_id", orderItem.productId())
                .set("order_item_id", orderItem.itemId())
                .set("sku", orderItem.sku())
                .set("name", orderItem.name())
                .set("hidden_tax_amount", BigDecimal.ZERO)
                .set("base_hidden_tax_amount", BigDecimal.ZERO)
                .set("base_weee_tax_applied_amount", BigDecimal.ZERO)
                .set("base_weee_tax_applied_row_amnt", BigDecimal.ZERO)
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

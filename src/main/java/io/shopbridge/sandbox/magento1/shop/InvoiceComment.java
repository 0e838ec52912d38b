package io.shopbridge.sandbox.magento1.shop;

import java.time.LocalDateTime;
import java.util.Map;

/** A row of {@code sales_flat_invoice_comment}. */
final class InvoiceComment {

    private final long entityId;
    private final long invoiceId;
    private final String comment;
    private final boolean customerNotified;
    private final LocalDateTime createdAt;

    InvoiceComment(long entityId, long invoiceId, String comment, boolean customerNotified,
            LocalDateTime createdAt) {
        this.entityId = entityId;
        this.invoiceId = invoiceId;
        this.comment = comment;
        this.customerNotified = customerNotified;
        this.createdAt = createdAt;
    }

    Map<String, Object> toRow() {
        return new Row(Tables.INVOICE_COMMENT)
                .set("entity_id", entityId)
                .set("parent_id", invoiceId)
                .flag("is_customer_notified", customerNotified)
                .flag("is_visible_on_front", false)
                .set("comment", comment)
                .set("created_at", createdAt)
                .toMap();
    }
}

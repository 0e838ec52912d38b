package io.shopbridge.magento.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.shopbridge.connector.sync.ImportedRecord;
import io.shopbridge.magento.partner.MagentoAddress;

/**
 * A Magento sales order, amounts in the order's currency: its customer (none for a guest), addresses, payment
 * method, shipping, and the lines (a configurable line is one item, of the simple product chosen). {@code editOf} is
 * the external id of the order this one replaces, when it is an edit: what the version binds (1.7 the increment id,
 * 2.x the entity id).
 */
public record MagentoOrder(String incrementId, String state, String customerId, String customerEmail,
        String customerFirstname, String customerLastname, String currency, BigDecimal grandTotal,
        BigDecimal shippingAmount, BigDecimal shippingTaxAmount, String shippingMethod, String shippingDescription,
        String paymentMethod, MagentoAddress billing, MagentoAddress shipping, List<Item> items, String editOf,
        Instant createdAt, Instant updatedAt) implements ImportedRecord {

    /**
     * A line: the product (its id), quantity and unit price, the discount and tax on the row, and the row total before
     * them.
     */
    public record Item(String itemId, String productId, String name, BigDecimal qty, BigDecimal price,
            BigDecimal discountPercent, BigDecimal discountAmount, BigDecimal taxPercent, BigDecimal taxAmount,
            BigDecimal rowTotal) {
    }

    public boolean isGuest() {
        return customerId == null;
    }
}

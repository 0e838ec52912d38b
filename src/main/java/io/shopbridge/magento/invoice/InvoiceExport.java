package io.shopbridge.magento.invoice;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An invoice as a Magento shop is asked to create it: the order (its Magento id), the quantity to invoice per order
 * item id, in order, and the comment that names the ERP invoice (an earlier run's invoice is recognised by it).
 */
public record InvoiceExport(String orderExternalId, Map<String, BigDecimal> quantities, String comment,
        boolean notifyCustomer) {
}

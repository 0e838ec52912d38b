package io.shopbridge.magento.order;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An invoice or a shipment as a Magento shop is asked to create it: the order (its Magento id), the quantity per order
 * item id, in order, and the comment that names the ERP document (an earlier run's document is recognised by it).
 */
public record OrderDocumentExport(String orderExternalId, Map<String, BigDecimal> quantities, String comment,
        boolean notifyCustomer) {
}

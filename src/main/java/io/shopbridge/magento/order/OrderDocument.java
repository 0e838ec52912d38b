package io.shopbridge.magento.order;

import java.math.BigDecimal;
import java.util.List;

/**
 * An ERP document that covers quantities of a sale order's lines (an invoice, a picking): what its export to a Magento
 * invoice or shipment reads.
 */
public interface OrderDocument {

    /** Its number or name, as the ERP shows it. */
    String number();

    long saleOrderId();

    List<? extends Line> lines();

    /** A line: the sale order line it covers (none for a fee or a discount) and how much of it. */
    interface Line {

        Long saleOrderLineId();

        BigDecimal quantity();
    }
}

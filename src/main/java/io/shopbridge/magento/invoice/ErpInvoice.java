package io.shopbridge.magento.invoice;

import java.math.BigDecimal;
import java.util.List;

import io.shopbridge.magento.order.OrderDocument;

/** An ERP invoice as its export reads it: its number, the sale order it invoices, and its lines. */
public record ErpInvoice(long id, String number, long saleOrderId, List<Line> lines) implements OrderDocument {

    /** A line: the sale order line it invoices (none for a fee or a discount) and how much of it. */
    public record Line(long id, Long saleOrderLineId, BigDecimal quantity) implements OrderDocument.Line {
    }
}

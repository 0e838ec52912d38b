package io.shopbridge.magento.shipment;

import java.math.BigDecimal;
import java.util.List;

import io.shopbridge.magento.order.OrderDocument;

/** An ERP delivery of a sale order as its shipment export reads it: its name, its order, and its moves. */
public record ErpPicking(long id, String name, long saleOrderId, List<Move> moves) implements OrderDocument {

    @Override
    public String number() {
        return name;
    }

    @Override
    public List<Move> lines() {
        return moves;
    }

    /** A move: the sale order line it delivers (none for a product the order did not sell) and how much of it. */
    public record Move(long id, Long saleOrderLineId, BigDecimal quantity) implements OrderDocument.Line {
    }
}

package io.shopbridge.magento.order;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Singleton;

import io.shopbridge.connector.db.Statements;
import io.shopbridge.connector.sync.ConnectorEnvironment;

/** Writes imported sale orders, their lines, and the lines' bindings to the Magento items. */
@Singleton
public class SaleOrderWriter {

    /** The order's header, with its contacts and the amounts of its lines. */
    public long insertOrder(ConnectorEnvironment env, ErpSaleOrder order, long invoiceContactId,
            long deliveryContactId) {
        return Statements.insert(env.connection(), """
                INSERT INTO sale_order (name, partner_id, date_order, state, currency_code, amount_untaxed, amount_tax,
                    amount_discount, amount_total, carrier, payment_method, partner_invoice_id, partner_shipping_id,
                    parent_order_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", order.name(), order.partnerId(),
                order.dateOrder() == null ? Instant.now() : order.dateOrder(), order.state(), order.currency(),
                order.amountUntaxed(), order.amountTax(), order.amountDiscount(), order.amountTotal(), order.carrier(),
                order.paymentMethod(), invoiceContactId, deliveryContactId, order.parentOrderId());
    }

    /** The lines in order, each item's bound to the order's binding. */
    public void insertLines(ConnectorEnvironment env, long orderId, long orderBindingId,
            List<ErpSaleOrder.Line> lines) {
        int sequence = 0;
        for (ErpSaleOrder.Line line : lines) {
            sequence += 10;
            long lineId = Statements.insert(env.connection(), """
                    INSERT INTO sale_order_line (order_id, product_id, name, product_uom_qty, price_unit, discount,
                        discount_amount, price_subtotal, tax_percent, price_tax, is_delivery, sequence)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", orderId, line.productId(), line.name(), line.qty(),
                    line.priceUnit(), line.discount(), line.discountAmount(), line.subtotal(), line.taxPercent(),
                    line.tax(), line.delivery(), sequence);
            if (line.itemId() != null) {
                Statements.insert(env.connection(), """
                        INSERT INTO magento_sale_order_line (backend_id, erp_id, external_id, magento_order_bind_id,
                            sync_date)
                        VALUES (?, ?, ?, ?, ?)""", env.backend().id(), lineId, line.itemId(), orderBindingId,
                        Instant.now());
            }
        }
    }

    public void updateState(ConnectorEnvironment env, long orderId, String state) {
        Statements.update(env.connection(), "UPDATE sale_order SET state = ? WHERE id = ?", state, orderId);
    }
}

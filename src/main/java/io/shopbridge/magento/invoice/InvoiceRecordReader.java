package io.shopbridge.magento.invoice;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;

/**
 * Reads an ERP invoice as the mappers take it: its number and order, its lines with the Magento order item each one
 * invoices, and every Magento item of the order (Magento 1.7 needs them all).
 */
@Singleton
public class InvoiceRecordReader {

    public Map<String, Object> read(ConnectorEnvironment env, long invoiceId) {
        try {
            Map<String, Object> invoice = invoice(env, invoiceId);
            long orderId = (Long) invoice.get("sale_order_id");
            invoice.put("lines", lines(env, invoiceId));
            invoice.put("order_item_ids", orderItemIds(env, orderId));
            return invoice;
        } catch (SQLException e) {
            throw new Transactions.DatabaseException(e);
        }
    }

    private Map<String, Object> invoice(ConnectorEnvironment env, long invoiceId) throws SQLException {
        try (PreparedStatement ps = env.connection().prepareStatement(
                "SELECT id, number, sale_order_id FROM account_invoice WHERE id = ?")) {
            ps.setLong(1, invoiceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new PermanentJobError("account.invoice " + invoiceId + " does not exist");
                }
                long orderId = rs.getLong(3);
                if (rs.wasNull()) {
                    throw new PermanentJobError("account.invoice " + invoiceId + " has no sale order to invoice");
                }
                Map<String, Object> invoice = new LinkedHashMap<>();
                invoice.put("id", rs.getLong(1));
                invoice.put("number", rs.getString(2));
                invoice.put("sale_order_id", orderId);
                return invoice;
            }
        }
    }

    private List<Map<String, Object>> lines(ConnectorEnvironment env, long invoiceId) throws SQLException {
        List<Map<String, Object>> lines = new ArrayList<>();
        try (PreparedStatement ps = env.connection().prepareStatement("""
                SELECT l.id, l.quantity, b.external_id
                FROM account_invoice_line l
                LEFT JOIN magento_sale_order_line b ON b.erp_id = l.sale_order_line_id AND b.backend_id = ?
                WHERE l.invoice_id = ?
                ORDER BY l.id""")) {
            ps.setString(1, env.backend().id());
            ps.setLong(2, invoiceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("id", rs.getLong(1));
                    line.put("quantity", rs.getObject(2, BigDecimal.class));
                    line.put("magento_item_id", rs.getString(3));
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private List<String> orderItemIds(ConnectorEnvironment env, long orderId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = env.connection().prepareStatement("""
                SELECT b.external_id
                FROM sale_order_line sol
                JOIN magento_sale_order_line b ON b.erp_id = sol.id AND b.backend_id = ?
                WHERE sol.order_id = ? AND b.external_id IS NOT NULL
                ORDER BY sol.sequence, sol.id""")) {
            ps.setString(1, env.backend().id());
            ps.setLong(2, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}

package io.shopbridge.magento.invoice;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;

/** Reads an ERP invoice and its lines, as the invoice export maps them. */
@Singleton
public class InvoiceRecordReader {

    public ErpInvoice read(ConnectorEnvironment env, long invoiceId) {
        try (PreparedStatement ps = env.connection().prepareStatement(
                "SELECT number, sale_order_id FROM account_invoice WHERE id = ?")) {
            ps.setLong(1, invoiceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new PermanentJobError("account.invoice " + invoiceId + " does not exist");
                }
                long orderId = rs.getLong(2);
                if (rs.wasNull()) {
                    throw new PermanentJobError("account.invoice " + invoiceId + " has no sale order to invoice");
                }
                return new ErpInvoice(invoiceId, rs.getString(1), orderId, lines(env, invoiceId));
            }
        } catch (SQLException e) {
            throw new Transactions.DatabaseException(e);
        }
    }

    private List<ErpInvoice.Line> lines(ConnectorEnvironment env, long invoiceId) throws SQLException {
        List<ErpInvoice.Line> lines = new ArrayList<>();
        try (PreparedStatement ps = env.connection().prepareStatement(
                "SELECT id, sale_order_line_id, quantity FROM account_invoice_line WHERE invoice_id = ? ORDER BY id")) {
            ps.setLong(1, invoiceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(new ErpInvoice.Line(rs.getLong(1), rs.getObject(2, Long.class),
                            rs.getObject(3, BigDecimal.class)));
                }
            }
        }
        return lines;
    }
}

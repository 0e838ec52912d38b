package io.shopbridge.magento.order;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.inject.Singleton;

import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;

/** Reads an ERP sale order's state. */
@Singleton
public class OrderStateReader {

    public ErpOrderState read(ConnectorEnvironment env, long orderId) {
        try (PreparedStatement ps = env.connection().prepareStatement("SELECT name, state FROM sale_order WHERE id = ?")) {
            ps.setLong(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new PermanentJobError("sale.order " + orderId + " does not exist");
                }
                return new ErpOrderState(orderId, rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new Transactions.DatabaseException(e);
        }
    }
}

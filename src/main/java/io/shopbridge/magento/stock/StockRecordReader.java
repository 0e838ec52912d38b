package io.shopbridge.magento.stock;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.inject.Singleton;

import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;

/** Reads a product's on-hand quantity (none recorded is none on hand). */
@Singleton
public class StockRecordReader {

    public ErpStock read(ConnectorEnvironment env, long productId) {
        try (PreparedStatement ps = env.connection().prepareStatement("""
                SELECT p.default_code, q.qty_available
                FROM product_product p LEFT JOIN stock_product_qty q ON q.id = p.id
                WHERE p.id = ?""")) {
            ps.setLong(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new PermanentJobError("product.product " + productId + " does not exist");
                }
                BigDecimal qty = rs.getObject(2, BigDecimal.class);
                return new ErpStock(productId, rs.getString(1), qty == null ? BigDecimal.ZERO : qty);
            }
        } catch (SQLException e) {
            throw new Transactions.DatabaseException(e);
        }
    }
}

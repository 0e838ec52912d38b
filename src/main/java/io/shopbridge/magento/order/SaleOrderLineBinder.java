package io.shopbridge.magento.order;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.TableBinder;
import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/** Binds ERP sale order lines to Magento order items (the item id). */
@Singleton
public class SaleOrderLineBinder extends TableBinder {

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.SALE_ORDER_LINE;
    }

    /**
     * The Magento item ids of every bound line of an ERP order, in line order. Each line's binding is looked up by its
     * unique (backend, line) key: a join lets PostgreSQL, with statistics from when the tables were small, read every
     * line binding of the backend for each order.
     */
    public List<String> itemIdsOfOrder(ConnectorEnvironment env, long orderId) {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = env.connection().prepareStatement("""
                SELECT (SELECT b.external_id FROM magento_sale_order_line b WHERE b.backend_id = ? AND b.erp_id = sol.id)
                FROM sale_order_line sol
                WHERE sol.order_id = ?
                ORDER BY sol.sequence, sol.id""")) {
            ps.setString(1, env.backend().id());
            ps.setLong(2, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String itemId = rs.getString(1);
                    if (itemId != null) {
                        ids.add(itemId);
                    }
                }
            }
        } catch (SQLException e) {
            throw new Transactions.DatabaseException(e);
        }
        return ids;
    }
}

package io.shopbridge.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;

/** Writes ERP records and bindings with plain SQL, as the ERP would. */
@ApplicationScoped
@QuarkusTestResource(PostgresTestResource.class)
public class ErpFixtures {

    @Inject
    DataSource dataSource;

    public void backend(String id, String version) {
        update("INSERT INTO connector_backend (id, name, type, version) SELECT ?, ?, 'magento', ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM connector_backend WHERE id = ?)", id, "Shop " + id, version, id);
    }

    public long partner(String name) {
        return insert("INSERT INTO res_partner (name, email) VALUES (?, ?)", name, name.toLowerCase().replace(' ', '.')
                + "@example.com");
    }

    public long product(String sku) {
        return insert("INSERT INTO product_product (default_code, name, list_price) VALUES (?, ?, 10)", sku,
                "Product " + sku);
    }

    public long saleOrder(String name, long partnerId) {
        return insert("INSERT INTO sale_order (name, partner_id, state) VALUES (?, ?, 'sale')", name, partnerId);
    }

    public long saleOrderLine(long orderId, long productId, String qty) {
        return insert("INSERT INTO sale_order_line (order_id, product_id, name, product_uom_qty, price_unit) "
                + "VALUES (?, ?, 'line', ?, 10)", orderId, productId, new BigDecimal(qty));
    }

    public long invoice(String number, long partnerId, long orderId) {
        return insert("INSERT INTO account_invoice (number, partner_id, sale_order_id, state) VALUES (?, ?, ?, 'open')",
                number, partnerId, orderId);
    }

    public long invoiceLine(long invoiceId, long orderLineId, String qty) {
        return insert("INSERT INTO account_invoice_line (invoice_id, sale_order_line_id, name, quantity, price_unit) "
                + "VALUES (?, ?, 'line', ?, 10)", invoiceId, orderLineId, new BigDecimal(qty));
    }

    public long bindOrder(String backend, long orderId, String incrementId) {
        return insert("INSERT INTO magento_sale_order (backend_id, erp_id, external_id) VALUES (?, ?, ?)", backend,
                orderId, incrementId);
    }

    public long bindOrderLine(String backend, long lineId, String itemId, long orderBindingId) {
        return insert("INSERT INTO magento_sale_order_line (backend_id, erp_id, external_id, magento_order_bind_id) "
                + "VALUES (?, ?, ?, ?)", backend, lineId, itemId, orderBindingId);
    }

    /** The row whose trigger starts the export. */
    public long bindInvoice(String backend, long invoiceId) {
        return insert("INSERT INTO magento_account_invoice (backend_id, erp_id) VALUES (?, ?)", backend, invoiceId);
    }

    public long picking(String name, long orderId) {
        return insert("INSERT INTO stock_picking (name, sale_order_id) VALUES (?, ?)", name, orderId);
    }

    public long move(long pickingId, long orderLineId, String qty) {
        return insert("INSERT INTO stock_move (picking_id, sale_order_line_id, quantity) VALUES (?, ?, ?)", pickingId,
                orderLineId, new BigDecimal(qty));
    }

    /** The row whose trigger starts the shipment export. */
    public long bindPicking(String backend, long pickingId) {
        return insert("INSERT INTO magento_stock_picking (backend_id, erp_id) VALUES (?, ?)", backend, pickingId);
    }

    public long bindProduct(String backend, long productId, String magentoProductId) {
        return insert("INSERT INTO magento_product_product (backend_id, erp_id, external_id) VALUES (?, ?, ?)",
                backend, productId, magentoProductId);
    }

    public long insert(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, or null. */
    public <T> T value(Class<T> type, String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? convert(rs, type) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** H2 converts freely; PostgreSQL's driver only between close types, so numbers and text are done here. */
    private static <T> T convert(ResultSet rs, Class<T> type) throws SQLException {
        Object value = rs.getObject(1);
        if (value == null) {
            return null;
        }
        if (type == String.class && !(value instanceof String)) {
            return type.cast(value instanceof java.sql.Clob ? rs.getString(1) : value.toString());
        }
        if (type == Integer.class && value instanceof Number n) {
            return type.cast(n.intValue());
        }
        if (type == Long.class && value instanceof Number n) {
            return type.cast(n.longValue());
        }
        return rs.getObject(1, type);
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }
}

package io.shopbridge.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;

/**
 * The ERP side of a reliability run, over plain JDBC: the invoices to export (each of an order already bound to a
 * shop order, as imported orders are), and what the connector left behind. Ids are the run's own: the ERP records of
 * order {@code n} all have id {@code n} (lines {@code 2n-1}, {@code 2n}).
 */
public final class ErpDatabase {

    static final String SHOP = "shop-eu";
    private static final int BATCH = 500;

    private final String url;
    private final String user;

    public ErpDatabase(String url, String user) {
        this.url = url;
        this.user = user;
    }

    /** Creates the schema as the application does at its first start, so that a measured start is a later one. */
    public void migrate(String locations) {
        Flyway.configure().dataSource(url, user, "").locations(locations).load().migrate();
    }

    public static String invoiceNumber(long n) {
        return "INV/R/" + n;
    }

    /** The ERP invoice's mark on the shop: the comment the export gives it. */
    public static String comment(long n) {
        return "Invoice " + invoiceNumber(n);
    }

    /**
     * Orders {@code first..} in the ERP, bound to these shop orders, each with an invoice of 2 × A and 1 × B, and the
     * invoices' bindings: their triggers write the outbox events that start the exports.
     */
    public void addInvoices(long first, List<ShopProcess.PlacedOrder> orders) throws SQLException {
        addInvoices(first, orders, true);
    }

    /**
     * As {@link #addInvoices}, but the ERP orders are not bound to their shop orders: their invoices cannot be
     * exported (the export fails permanently) until {@link #bindOrders} binds them.
     */
    public void addInvoicesOfUnboundOrders(long first, List<ShopProcess.PlacedOrder> orders) throws SQLException {
        addInvoices(first, orders, false);
    }

    /** Binds ERP orders {@code first..} and their lines to these shop orders and their items. */
    public void bindOrders(long first, List<ShopProcess.PlacedOrder> orders) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            bindOrderRows(c, orders, first);
            c.commit();
        }
    }

    private void addInvoices(long first, List<ShopProcess.PlacedOrder> orders, boolean ordersBound)
            throws SQLException {
        try (Connection c = connect()) {
            addInvoices(c, first, orders, ordersBound);
        }
    }

    /**
     * As {@link #addInvoices(long, List)}, on a connection of the caller's (opened with {@link #connect}): a caller
     * inserting one invoice at a time at a steady rate does not open a connection for each.
     */
    public void addInvoices(Connection c, long first, List<ShopProcess.PlacedOrder> orders) throws SQLException {
        addInvoices(c, first, orders, true);
    }

    private static void addInvoices(Connection c, long first, List<ShopProcess.PlacedOrder> orders,
            boolean ordersBound) throws SQLException {
        c.setAutoCommit(false);
        if (first == 1) {
            execute(c, "INSERT INTO connector_backend (id, name, type, version) VALUES (?, 'Reliability shop', "
                    + "'magento', '1.7')", SHOP);
            execute(c, "INSERT INTO res_partner (id, name) VALUES (1, 'Ada Lovelace')");
            execute(c, "INSERT INTO product_product (id, default_code, name) VALUES (1, 'SKU-A', 'Widget A'), "
                    + "(2, 'SKU-B', 'Widget B')");
        }
        for (int from = 0; from < orders.size(); from += BATCH) {
            List<ShopProcess.PlacedOrder> batch = orders.subList(from, Math.min(orders.size(), from + BATCH));
            long start = first + from;
            batch(c, "INSERT INTO sale_order (id, name, partner_id, state) VALUES (?, ?, 1, 'sale')", batch, start,
                    (ps, n, o) -> row(ps, n, "SO/R/" + n));
            batch(c, "INSERT INTO sale_order_line (id, order_id, product_id, name, product_uom_qty) "
                    + "VALUES (?, ?, ?, ?, ?)", batch, start, (ps, n, o) -> {
                        row(ps, 2 * n - 1, n, 1L, "Widget A", 2);
                        ps.addBatch();
                        row(ps, 2 * n, n, 2L, "Widget B", 3);
                    });
            if (ordersBound) {
                bindOrderRows(c, batch, start);
            }
            batch(c, "INSERT INTO account_invoice (id, number, partner_id, sale_order_id, state) "
                    + "VALUES (?, ?, 1, ?, 'open')", batch, start, (ps, n, o) -> row(ps, n, invoiceNumber(n), n));
            batch(c, "INSERT INTO account_invoice_line (id, invoice_id, sale_order_line_id, product_id, name, "
                    + "quantity) VALUES (?, ?, ?, ?, ?, ?)", batch, start, (ps, n, o) -> {
                        row(ps, 2 * n - 1, n, 2 * n - 1, 1L, "Widget A", 2);
                        ps.addBatch();
                        row(ps, 2 * n, n, 2 * n, 2L, "Widget B", 1);
                    });
            batch(c, "INSERT INTO magento_account_invoice (id, backend_id, erp_id) VALUES (?, ?, ?)", batch,
                    start, (ps, n, o) -> row(ps, n, SHOP, n));
            c.commit();
        }
    }

    private static void bindOrderRows(Connection c, List<ShopProcess.PlacedOrder> orders, long first)
            throws SQLException {
        batch(c, "INSERT INTO magento_sale_order (id, backend_id, erp_id, external_id) VALUES (?, ?, ?, ?)",
                orders, first, (ps, n, o) -> row(ps, n, SHOP, n, o.incrementId()));
        batch(c, "INSERT INTO magento_sale_order_line (id, backend_id, erp_id, external_id, "
                + "magento_order_bind_id) VALUES (?, ?, ?, ?, ?)", orders, first, (ps, n, o) -> {
                    row(ps, 2 * n - 1, SHOP, 2 * n - 1, o.itemA(), n);
                    ps.addBatch();
                    row(ps, 2 * n, SHOP, 2 * n, o.itemB(), n);
                });
    }

    /** Binding id (= order number) → the external id it holds, null when unbound. */
    public Map<Long, String> invoiceBindings() throws SQLException {
        Map<Long, String> bindings = new HashMap<>();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, external_id FROM magento_account_invoice")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bindings.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return bindings;
    }

    /** Invoices bound (exported), and when the last one was. */
    public record Bound(long count, Instant last) {
    }

    public Bound bound() throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*), MAX(sync_date) FROM magento_account_invoice WHERE external_id IS NOT NULL");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            Timestamp last = rs.getTimestamp(2);
            return new Bound(rs.getLong(1), last == null ? null : last.toInstant());
        }
    }

    public Map<String, Long> jobStates() throws SQLException {
        return countBy("SELECT state, COUNT(*) FROM queue_job GROUP BY state");
    }

    Map<String, Long> eventStates() throws SQLException {
        return countBy("SELECT state, COUNT(*) FROM connector_event GROUP BY state");
    }

    long pendingEffects() throws SQLException {
        return countBy("SELECT 'notes', COUNT(*) FROM connector_pending_effect").getOrDefault("notes", 0L);
    }

    private Map<String, Long> countBy(String sql) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    @FunctionalInterface
    private interface RowBinder {
        void bind(PreparedStatement ps, long n, ShopProcess.PlacedOrder order) throws SQLException;
    }

    private static void batch(Connection c, String sql, List<ShopProcess.PlacedOrder> orders, long first,
            RowBinder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < orders.size(); i++) {
                binder.bind(ps, first + i, orders.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void row(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    private static void execute(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            row(ps, values);
            ps.executeUpdate();
        }
    }
}

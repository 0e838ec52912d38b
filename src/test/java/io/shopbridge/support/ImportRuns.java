package io.shopbridge.support;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.shopbridge.connector.sync.ImportStarter;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.sandbox.magento2.Magento2Sandbox;
import io.shopbridge.sandbox.magento2.sales.OrderResource;
import io.shopbridge.sandbox.magento2.sales.Orders;

/**
 * Runs imports from a sandbox shop ({@value #SHOP} on 1.7 unless a {@link ShopVersion} says which) as an operator
 * starts them (a job of the shop's import route) and reads the ERP rows they wrote, by the bindings of the imported
 * records.
 */
@ApplicationScoped
public class ImportRuns {

    public static final String SHOP = "shop-eu";

    private static final AtomicLong INCREMENT_IDS = new AtomicLong(700_000_000L + System.currentTimeMillis() % 1_000_000);

    @Inject
    Magento1Sandbox sandbox;

    @Inject
    Magento2Sandbox sandbox2;

    @Inject
    OrderResource orders2;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    ImportStarter starter;

    @Inject
    DataSource dataSource;

    /** The backend row, and the sandbox back to its seed. */
    public void freshShop() {
        freshShop(ShopVersion.V1_7);
    }

    /** The version's backend row, and its sandbox back to its seed. */
    public void freshShop(ShopVersion version) {
        db.backend(version.shop(), version.version());
        switch (version) {
            case V1_7 -> sandbox.reset();
            case V2_X -> sandbox2.reset();
        }
    }

    /**
     * Places an order in the sandbox under an increment id no other test used. A fresh sandbox numbers new orders and
     * their items from the same ids again, while the ERP keeps what earlier tests imported: the bindings of the item
     * ids it reuses are forgotten.
     */
    public String placeOrder(NewOrder.Builder order) {
        return placeOrder(order, String.valueOf(INCREMENT_IDS.incrementAndGet()));
    }

    @SuppressWarnings("unchecked")
    public String placeOrder(NewOrder.Builder order, String newIncrementId) {
        String incrementId = sandbox.createOrder(order.incrementId(newIncrementId).build());
        for (Map<String, Object> item : (List<Map<String, Object>>) sandbox.orderInfo(incrementId).orElseThrow()
                .get("items")) {
            db.update("DELETE FROM magento_sale_order_line WHERE external_id = ?", item.get("item_id"));
        }
        return incrementId;
    }

    /**
     * Places an order in the 2.x sandbox under an entity id, and items under ids, no other test used: a fresh sandbox
     * numbers new orders from the same ids again, while the ERP keeps what earlier tests imported.
     *
     * @return the order as the shop answers it
     */
    public ObjectNode placeOrder(io.shopbridge.sandbox.magento2.sales.NewOrder order) {
        long unused = INCREMENT_IDS.incrementAndGet();
        sandbox2.withShop(shop -> {
            shop.reserve(Orders.TABLE, unused);
            shop.reserve(Orders.ITEMS, unused * 10);
            return null;
        });
        return orders2.place(order);
    }

    /** Imports one record through its job and waits for the job to end; @return the job's uuid */
    public String importRecord(String model, String externalId) {
        return importRecord(SHOP, model, externalId);
    }

    public String importRecord(String backend, String model, String externalId) {
        String uuid = starter.importRecord(backend, model, externalId);
        awaitEnd(uuid);
        return uuid;
    }

    /** Imports one record and expects its job done. */
    public String imported(String model, String externalId) {
        return imported(ShopVersion.V1_7, model, externalId);
    }

    /** Imports one record from the version's shop and expects its job done. */
    public String imported(ShopVersion version, String model, String externalId) {
        String uuid = importRecord(version.shop(), model, externalId);
        assertEquals("done", jobs.state(uuid), () -> "import of " + model + " " + externalId + ": "
                + jobs.column(uuid, "error"));
        return jobs.column(uuid, "result");
    }

    public void awaitEnd(String uuid) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> List.of("done", "failed").contains(jobs.state(uuid)));
    }

    /** The ERP id bound to a Magento id, or null. */
    public Long erpId(String model, String externalId) {
        return erpId(SHOP, model, externalId);
    }

    public Long erpId(ShopVersion version, String model, String externalId) {
        return erpId(version.shop(), model, externalId);
    }

    public Long erpId(String backend, String model, String externalId) {
        return db.value(Long.class, "SELECT erp_id FROM " + table(model) + " WHERE backend_id = ? AND external_id = ?",
                backend, externalId);
    }

    public Map<String, Object> row(String table, long id) {
        List<Map<String, Object>> rows = rows("SELECT * FROM " + table + " WHERE id = ?", id);
        assertEquals(1, rows.size(), table + " " + id);
        return rows.get(0);
    }

    /** Rows with lower-case column names (H2 answers them upper-case). */
    public List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ErpFixtures.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares amounts whatever their scale: {@code "521.48"} equals {@code 521.4800}. */
    public static void assertAmount(String expected, Object actual, String what) {
        assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) actual), what + ": " + actual);
    }

    private static String table(String model) {
        return model.replace('.', '_');
    }
}

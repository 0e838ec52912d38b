package io.shopbridge.magento.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.connector.backend.UnitRegistry;
import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.sync.BatchImporter;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.sandbox.magento1.shop.Customer;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.ImportRuns;
import io.shopbridge.support.ShopVersion;

/**
 * The batch importer pages through the orders changed since the watermark (page size 5 in tests: the seed orders are
 * three pages; 1.7 lists them with {@code sales_order.list}, 2.x searches {@code /V1/orders} with a searchCriteria),
 * enqueues one import job per order, collapsing repeats of a waiting one, and moves the watermark.
 */
@QuarkusTest
class ImportBatchTest {

    @Inject
    ImportRuns imports;

    @Inject
    BatchImporter batch;

    @Inject
    Transactions transactions;

    @Inject
    UnitRegistry units;

    @Inject
    ErpFixtures db;

    @ConfigProperty(name = "shopbridge.imports.page-size")
    int pageSize;

    long lastJobBefore;

    /** The version's sandbox from its seed, with no watermark and no import job of this test yet. */
    private void freshShopWithNoWatermark(ShopVersion shop) {
        imports.freshShop(shop);
        db.update("DELETE FROM connector_import_watermark WHERE backend_id = ?", shop.shop());
        lastJobBefore = db.value(Long.class, "SELECT COALESCE(MAX(id), 0) FROM queue_job");
    }

    @AfterEach
    void letTheImportsEnd() {
        newImportJobs().forEach(job -> imports.awaitEnd((String) job.get("uuid")));
    }

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void aFirstBatchEnqueuesEveryOrderOncePageByPageAndSetsTheWatermark(ShopVersion shop) {
        freshShopWithNoWatermark(shop);
        Instant startedAt = Instant.now();
        assertEquals(5, pageSize);
        // the 1.7 sandbox's own 5 orders and the 7 capture-shaped ones; on 2.x, the 7 and the captures' 4
        int seedOrders = shop == ShopVersion.V1_7 ? 12 : 11;
        String firstOrder = shop == ShopVersion.V1_7 ? "100000001" : "9";

        List<String> results = transactions.inTransaction(c -> List.of(
                batch.importChanged(environment(shop, c), Optional.empty()),
                // the same orders again in the same transaction: their jobs are still waiting, so they collapse
                batch.importChanged(environment(shop, c), Optional.of(Instant.parse("2020-01-01T00:00:00Z")))));

        assertTrue(results.get(0).startsWith(seedOrders + " magento.sale.order record(s) changed on " + shop.shop()
                + " since ever "), results.get(0));
        assertTrue(results.get(1).startsWith(seedOrders + " magento.sale.order record(s) changed on " + shop.shop()
                + " since 2020-01-01T00:00:00Z"), results.get(1));
        List<Map<String, Object>> jobs = newImportJobs();
        assertEquals(seedOrders, jobs.size(), "one job per order, repeats collapsed");
        assertEquals(seedOrders, jobs.stream().map(job -> job.get("args")).distinct().count());
        assertTrue(jobs.stream().allMatch(job -> MagentoModels.SALE_ORDER.equals(job.get("model"))));
        assertTrue(String.valueOf(jobs.get(0).get("args")).contains("\"external_id\":\"" + firstOrder + "\""));
        Instant watermark = db.value(OffsetDateTime.class, "SELECT watermark FROM connector_import_watermark "
                + "WHERE backend_id = ? AND model = ?", shop.shop(), MagentoModels.SALE_ORDER).toInstant();
        assertTrue(!watermark.isBefore(startedAt), watermark + " is when the batch started");
    }

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void aNextBatchEnqueuesOnlyWhatChangedSinceTheWatermark(ShopVersion shop) {
        freshShopWithNoWatermark(shop);
        transactions.inTransaction(c -> batch.importChanged(environment(shop, c), Optional.empty()));
        long afterFirst = newImportJobs().size();

        String placed = placeOrder(shop);
        String result = transactions.inTransaction(c -> batch.importChanged(environment(shop, c), Optional.empty()));

        assertTrue(result.startsWith("1 magento.sale.order record(s) changed on " + shop.shop() + " since "), result);
        List<Map<String, Object>> jobs = newImportJobs();
        assertEquals(afterFirst + 1, jobs.size());
        assertTrue(String.valueOf(jobs.get(jobs.size() - 1).get("args")).contains("\"" + placed + "\""));
    }

    /** @return the placed order's external id on the version */
    private String placeOrder(ShopVersion shop) {
        if (shop == ShopVersion.V1_7) {
            return imports.placeOrder(NewOrder.builder()
                    .customer(new Customer(136L, "jane.doe@example.com", "Jane", "Doe", 1))
                    .item("ace000", "Aviator Sunglasses", 1, "295.00"));
        }
        return imports.placeOrder(new io.shopbridge.sandbox.magento2.sales.NewOrder("new", 136L,
                "jane.doe@example.com", "Jane", "Doe", List.of(new io.shopbridge.sandbox.magento2.sales.NewOrder.Line(
                        "ace000", "Aviator Sunglasses", BigDecimal.ONE, new BigDecimal("295.00")))))
                .path("entity_id").asText();
    }

    private List<Map<String, Object>> newImportJobs() {
        return imports.rows("SELECT uuid, model, CAST(args AS VARCHAR(4000)) AS args FROM queue_job WHERE name = 'import_record' AND id > ? "
                + "ORDER BY id", lastJobBefore);
    }

    private ConnectorEnvironment environment(ShopVersion shop, java.sql.Connection connection) {
        String url = ConfigProvider.getConfig().getValue(shop.properties() + ".url", String.class);
        BackendInstance backend = new BackendInstance(shop.shop(), shop.backend(), Map.of("url", url, "apiUser",
                "shopbridge", "apiKeyProperty", shop.properties() + ".api-key"));
        return new ConnectorEnvironment(backend, MagentoModels.SALE_ORDER, connection, units);
    }
}

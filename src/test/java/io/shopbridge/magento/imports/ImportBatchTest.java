package io.shopbridge.magento.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.connector.backend.UnitRegistry;
import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.sync.BatchImporter;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.Customer;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.ImportRuns;

/**
 * The batch importer pages through the orders changed since the watermark (page size 5 in tests: the 12 seed orders
 * are three pages), enqueues one import job per order, collapsing repeats of a waiting one, and moves the watermark.
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

    @Inject
    Magento1Sandbox sandbox;

    @ConfigProperty(name = "shop.eu.url")
    String shopUrl;

    @ConfigProperty(name = "shopbridge.imports.page-size")
    int pageSize;

    long lastJobBefore;

    @BeforeEach
    void freshShopWithNoWatermark() {
        imports.freshShop();
        db.update("DELETE FROM connector_import_watermark WHERE backend_id = ?", ImportRuns.SHOP);
        lastJobBefore = db.value(Long.class, "SELECT COALESCE(MAX(id), 0) FROM queue_job");
    }

    @AfterEach
    void letTheImportsEnd() {
        newImportJobs().forEach(job -> imports.awaitEnd((String) job.get("uuid")));
    }

    @Test
    void aFirstBatchEnqueuesEveryOrderOncePageByPageAndSetsTheWatermark() {
        Instant startedAt = Instant.now();
        assertEquals(5, pageSize);

        List<String> results = transactions.inTransaction(c -> List.of(
                batch.importChanged(environment(c), Optional.empty()),
                // the same orders again in the same transaction: their jobs are still waiting, so they collapse
                batch.importChanged(environment(c), Optional.of(Instant.parse("2024-01-01T00:00:00Z")))));

        assertTrue(results.get(0).startsWith("12 magento.sale.order record(s) changed on shop-eu since ever "),
                results.get(0));
        assertTrue(results.get(1).startsWith("12 magento.sale.order record(s) changed on shop-eu since "
                + "2024-01-01T00:00:00Z"), results.get(1));
        List<Map<String, Object>> jobs = newImportJobs();
        assertEquals(12, jobs.size(), "one job per order, repeats collapsed");
        assertEquals(12, jobs.stream().map(job -> job.get("args")).distinct().count());
        assertTrue(jobs.stream().allMatch(job -> MagentoModels.SALE_ORDER.equals(job.get("model"))));
        assertTrue(String.valueOf(jobs.get(0).get("args")).contains("\"external_id\":\"100000001\""));
        Instant watermark = db.value(OffsetDateTime.class, "SELECT watermark FROM connector_import_watermark "
                + "WHERE backend_id = ? AND model = ?", ImportRuns.SHOP, MagentoModels.SALE_ORDER).toInstant();
        assertTrue(!watermark.isBefore(startedAt), watermark + " is when the batch started");
    }

    @Test
    void aNextBatchEnqueuesOnlyWhatChangedSinceTheWatermark() {
        transactions.inTransaction(c -> batch.importChanged(environment(c), Optional.empty()));
        long afterFirst = newImportJobs().size();

        String placed = imports.placeOrder(NewOrder.builder()
                .customer(new Customer(136L, "jane.doe@example.com", "Jane", "Doe", 1))
                .item("ace000", "Aviator Sunglasses", 1, "295.00"));
        String result = transactions.inTransaction(c -> batch.importChanged(environment(c), Optional.empty()));

        assertTrue(result.startsWith("1 magento.sale.order record(s) changed on shop-eu since "), result);
        List<Map<String, Object>> jobs = newImportJobs();
        assertEquals(afterFirst + 1, jobs.size());
        assertTrue(String.valueOf(jobs.get(jobs.size() - 1).get("args")).contains(placed));
    }

    private List<Map<String, Object>> newImportJobs() {
        return imports.rows("SELECT uuid, model, CAST(args AS VARCHAR(4000)) AS args FROM queue_job WHERE name = 'import_record' AND id > ? "
                + "ORDER BY id", lastJobBefore);
    }

    private ConnectorEnvironment environment(java.sql.Connection connection) {
        BackendInstance shop = new BackendInstance(ImportRuns.SHOP, MagentoBackends.MAGENTO_17, Map.of("url",
                shopUrl, "apiUser", "shopbridge", "apiKeyProperty", "shop.eu.api-key"));
        return new ConnectorEnvironment(shop, MagentoModels.SALE_ORDER, connection, units);
    }
}

package io.shopbridge.magento.imports;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.ImportRuns;

/**
 * The shop's scheduled order import (off in tests until started here) enqueues batches that bring the shop's orders,
 * with their customers and products, into the ERP.
 */
@QuarkusTest
class ImportScheduledTest {

    private static final String SCHEDULE = "shop-eu-scheduled-import-orders";

    @Inject
    CamelContext camel;

    @Inject
    ImportRuns imports;

    @Inject
    ErpFixtures db;

    @BeforeEach
    void freshShopAndNoImportYet() {
        imports.freshShop();
        // earlier tests leave a watermark past the fresh shop's orders, and may leave jobs waiting: a batch the
        // schedule's first one would collapse into, or retries ahead of it in the shop's channel
        db.update("DELETE FROM connector_import_watermark WHERE backend_id = ?", ImportRuns.SHOP);
        db.update("UPDATE queue_job SET state = 'cancelled' WHERE backend_id = ? "
                + "AND state IN ('wait_dependencies', 'pending')", ImportRuns.SHOP);
    }

    @AfterEach
    void stopTheSchedule() throws Exception {
        camel.getRouteController().stopRoute(SCHEDULE);
    }

    @Test
    void theScheduleBringsTheShopsOrdersIn() throws Exception {
        assertEquals("timer://import-shop-eu-magento.sale.order?delay=0&period=30s",
                camel.getRoute(SCHEDULE).getEndpoint().getEndpointUri());
        long lastJobBefore = db.value(Long.class, "SELECT COALESCE(MAX(id), 0) FROM queue_job");
        camel.getRouteController().startRoute(SCHEDULE);

        // the first batch comes at the timer's first tick, at the latest one period (30 s) after the start
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> db.value(Long.class,
                "SELECT COUNT(*) FROM queue_job WHERE name = 'import_batch' AND state = 'done' AND backend_id = ? "
                        + "AND model = ? AND id > ?", ImportRuns.SHOP, MagentoModels.SALE_ORDER, lastJobBefore) > 0);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                imports.erpId(MagentoModels.SALE_ORDER, "100000206") != null
                        && imports.erpId(MagentoModels.SALE_ORDER, "100000201") != null);
        assertEquals(imports.erpId(MagentoModels.PARTNER, "136"), imports.row("sale_order",
                imports.erpId(MagentoModels.SALE_ORDER, "100000201")).get("partner_id"));
    }
}

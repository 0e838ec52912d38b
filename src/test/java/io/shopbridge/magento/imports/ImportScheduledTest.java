package io.shopbridge.magento.imports;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.ImportRuns;
import io.shopbridge.support.ShopVersion;

/**
 * The shop's scheduled order import (off in tests until started here) enqueues batches that bring the shop's orders,
 * with their customers and products, into the ERP: the 1.7 demo shop's and the 2.x one's, instances of one template.
 */
@QuarkusTest
class ImportScheduledTest {

    @Inject
    CamelContext camel;

    @Inject
    ImportRuns imports;

    @Inject
    ErpFixtures db;

    private String schedule;

    private void freshShopAndNoImportYet(ShopVersion shop) {
        imports.freshShop(shop);
        // earlier tests leave a watermark past the fresh shop's orders, and may leave jobs waiting: a batch the
        // schedule's first one would collapse into, or retries ahead of it in the shop's channel
        db.update("DELETE FROM connector_import_watermark WHERE backend_id = ?", shop.shop());
        db.update("UPDATE queue_job SET state = 'cancelled' WHERE backend_id = ? "
                + "AND state IN ('wait_dependencies', 'pending')", shop.shop());
        schedule = shop.shop() + "-scheduled-import-orders";
    }

    @AfterEach
    void stopTheSchedule() throws Exception {
        camel.getRouteController().stopRoute(schedule);
    }

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void theScheduleBringsTheShopsOrdersIn(ShopVersion shop) throws Exception {
        freshShopAndNoImportYet(shop);
        assertEquals("timer://import-" + shop.shop() + "-magento.sale.order?delay=0&period=30s",
                camel.getRoute(schedule).getEndpoint().getEndpointUri());
        long lastJobBefore = db.value(Long.class, "SELECT COALESCE(MAX(id), 0) FROM queue_job");
        camel.getRouteController().startRoute(schedule);

        // the first batch comes at the timer's first tick, at the latest one period (30 s) after the start
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> db.value(Long.class,
                "SELECT COUNT(*) FROM queue_job WHERE name = 'import_batch' AND state = 'done' AND backend_id = ? "
                        + "AND model = ? AND id > ?", shop.shop(), MagentoModels.SALE_ORDER, lastJobBefore) > 0);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                imports.erpId(shop, MagentoModels.SALE_ORDER, shop.order("100000206")) != null
                        && imports.erpId(shop, MagentoModels.SALE_ORDER, shop.order("100000201")) != null);
        assertEquals(imports.erpId(shop, MagentoModels.PARTNER, "136"), imports.row("sale_order",
                imports.erpId(shop, MagentoModels.SALE_ORDER, shop.order("100000201"))).get("partner_id"));
    }
}

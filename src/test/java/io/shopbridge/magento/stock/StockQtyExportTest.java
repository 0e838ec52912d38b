package io.shopbridge.magento.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.StockItem;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.StockScenario;

/**
 * A change of a bound product's ERP quantity sets the Magento stock item (cataloginventory_stock_item.update): the
 * quantity, in stock while some is on hand; the binding's sync date moves.
 */
@QuarkusTest
class StockQtyExportTest {

    /** Shay Printed Pillow, out of stock in the seed. */
    private static final long PILLOW = 382;

    @Inject
    StockScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    Magento1Sandbox sandbox;

    @Test
    void theQuantityAndTheStockFlagFollowTheErp() {
        StockScenario.BoundProduct product = scenario.bind(Long.toString(PILLOW));

        String restocked = scenario.setQty(product, "30");
        jobs.awaitState(restocked, "done");
        StockItem item = sandbox.stockItem(PILLOW).orElseThrow();
        assertEquals(0, new BigDecimal("30").compareTo(item.qty()));
        assertTrue(item.inStock());
        assertEquals("stock of " + product.sku() + " set to 30 on shop-eu (product 382)",
                jobs.column(restocked, "result"));
        assertTrue(db.value(java.time.OffsetDateTime.class, "SELECT sync_date FROM magento_product_product WHERE id = ?",
                product.bindingId()) != null);

        String soldOut = scenario.setQty(product, "0");
        jobs.awaitState(soldOut, "done");
        item = sandbox.stockItem(PILLOW).orElseThrow();
        assertEquals(0, BigDecimal.ZERO.compareTo(item.qty()));
        assertFalse(item.inStock());
    }
}

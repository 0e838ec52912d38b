package io.shopbridge.magento.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.StockItem;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.StockScenario;

/** The shop set the stock but its answer was lost: the retry sets the same quantity again, which changes nothing. */
@QuarkusTest
class StockQtyLostAnswerTest {

    /** Jackie O Round Sunglasses. */
    private static final long SUNGLASSES = 338;

    @Inject
    StockScenario scenario;

    @Inject
    JobRows jobs;

    @Inject
    Magento1Sandbox sandbox;

    @Test
    void theRetrySetsTheSameQuantity() {
        StockScenario.BoundProduct product = scenario.bind(Long.toString(SUNGLASSES));
        sandbox.loseNextAnswer("cataloginventory_stock_item.update", 504);

        String uuid = scenario.setQty(product, "7.5");
        jobs.awaitState(uuid, "done");

        assertEquals(2, jobs.attempts(uuid));
        StockItem item = sandbox.stockItem(SUNGLASSES).orElseThrow();
        assertEquals(0, new BigDecimal("7.5").compareTo(item.qty()));
        assertTrue(item.inStock());
    }
}

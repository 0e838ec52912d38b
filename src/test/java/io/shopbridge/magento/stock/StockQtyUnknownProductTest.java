package io.shopbridge.magento.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.StockScenario;

/** A binding to a product the shop does not have: Magento's fault 101 fails the job at once, with its words. */
@QuarkusTest
class StockQtyUnknownProductTest {

    @Inject
    StockScenario scenario;

    @Inject
    JobRows jobs;

    @Test
    void theJobFailsWithTheFault() {
        StockScenario.BoundProduct product = scenario.bind("999999");

        String uuid = scenario.setQty(product, "3");
        jobs.awaitState(uuid, "failed");

        assertEquals("Magento fault 101: Product not exists.", jobs.column(uuid, "error"));
        assertEquals(1, jobs.attempts(uuid));
    }
}

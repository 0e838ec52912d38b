package io.shopbridge.magento.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.StockScenario;
import io.shopbridge.support.TestShop;
import io.shopbridge.support.TestShops;

/** A product the shop does not have fails its stock job at once, with the shop's words (2.x: a readable 404). */
@QuarkusTest
class StockQtyUnknownProductTest {

    @Inject
    StockScenario scenario;

    @Inject
    JobRows jobs;

    @Inject
    TestShops shops;

    @ParameterizedTest(name = "Magento {0}")
    @CsvSource(delimiter = '|', value = {
        "1.7 | Magento fault 101: Product not exists.",
        "2.x | Magento shop-us answered HTTP 404: The product that was requested doesn't exist. Verify the product "
                + "and try again."})
    void theJobFailsWithTheShopsMessage(String version, String error) {
        TestShop shop = shops.of(version);
        StockScenario.BoundProduct product = scenario.bind(shop,
                new TestShop.StockProduct("999999", "NO-SUCH-SKU-" + System.nanoTime()));
        String uuid = scenario.setQty(product, "3");
        jobs.awaitState(uuid, "failed");
        assertEquals(error, jobs.column(uuid, "error"));
        assertEquals(1, jobs.attempts(uuid));
    }
}

package io.shopbridge.magento.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.StockScenario;
import io.shopbridge.support.TestShop;
import io.shopbridge.support.TestShops;

/** A lost answer to a stock update is harmless on every version: the retry sets the same quantity again. */
@QuarkusTest
class StockQtyLostAnswerTest {

    @Inject
    StockScenario scenario;

    @Inject
    JobRows jobs;

    @Inject
    TestShops shops;

    @ParameterizedTest(name = "Magento {0}")
    @ValueSource(strings = {"1.7", "2.x"})
    void theRetrySetsTheSameQuantity(String version) {
        TestShop shop = shops.of(version);
        TestShop.StockProduct onShop = shop.stockProduct();
        StockScenario.BoundProduct product = scenario.bind(shop, onShop);
        shop.loseNextAnswer(TestShop.Call.STOCK_UPDATE);
        String uuid = scenario.setQty(product, "7.5");
        jobs.awaitState(uuid, "done");

        assertEquals(2, jobs.attempts(uuid));
        TestShop.Stock stock = shop.stock(onShop);
        assertEquals(0, new BigDecimal("7.5").compareTo(stock.qty()));
        assertTrue(stock.inStock());
    }
}

package io.shopbridge.magento.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.StockScenario;
import io.shopbridge.support.TestShop;
import io.shopbridge.support.TestShops;

/**
 * A change of a bound product's ERP quantity sets the shop's stock item, on every version (1.7
 * {@code cataloginventory_stock_item.update}; 2.x {@code PUT /V1/products/{sku}/stockItems/{itemId}}): the quantity,
 * in stock while some is on hand; the binding's sync date moves.
 */
@QuarkusTest
class StockQtyExportTest {

    @Inject
    StockScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    TestShops shops;

    @ParameterizedTest(name = "Magento {0}")
    @ValueSource(strings = {"1.7", "2.x"})
    void theQuantityAndTheStockFlagFollowTheErp(String version) {
        TestShop shop = shops.of(version);
        TestShop.StockProduct onShop = shop.stockProduct();
        StockScenario.BoundProduct product = scenario.bind(shop, onShop);

        String restocked = scenario.setQty(product, "30");
        jobs.awaitState(restocked, "done");
        TestShop.Stock stock = shop.stock(onShop);
        assertEquals(0, new BigDecimal("30").compareTo(stock.qty()));
        assertTrue(stock.inStock());
        assertEquals("stock of " + product.sku() + " set to 30 on " + shop.id() + " (product " + onShop.externalId()
                + ")", jobs.column(restocked, "result"));
        assertNotNull(db.value(OffsetDateTime.class, "SELECT sync_date FROM magento_product_product WHERE id = ?",
                product.bindingId()));

        String soldOut = scenario.setQty(product, "0");
        jobs.awaitState(soldOut, "done");
        stock = shop.stock(onShop);
        assertEquals(0, stock.qty().signum());
        assertFalse(stock.inStock());
    }
}

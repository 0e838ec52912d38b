package io.shopbridge.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.ImportRuns;
import io.shopbridge.support.JobRows;

/**
 * The captured bundle, configurable and grouped products are refused: the import job fails with the reason, and
 * writes no product.
 */
@QuarkusTest
class ReplayRefusedProductTest {

    @Inject
    ReplayShop shop;

    @Inject
    ImportRuns imports;

    @Inject
    JobRows jobs;

    @Inject
    ErpFixtures db;

    static Stream<String> projectFixtures() {
        return ReplayCassettes.fixtures(ReplayRefusedProductTest::refusedProduct);
    }

    static Stream<String> realCaptures() {
        return ReplayCassettes.captures(ReplayRefusedProductTest::refusedProduct);
    }

    static boolean refusedProduct(String name) {
        return name.matches(".*import_product_(bundle|configurable|grouped)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectFixtures")
    void aProjectFixtureIsRefusedWithItsReason(String name) {
        isRefusedWithItsReason(ReplayCassettes.fixture(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realCaptures")
    void aRealCaptureIsRefusedWithItsReason(String name) {
        isRefusedWithItsReason(ReplayCassettes.capture(name));
    }

    @SuppressWarnings("unchecked")
    private void isRefusedWithItsReason(Cassette cassette) {
        String productId = (String) cassette.firstCall().args().get(0);
        Map<String, Object> product = (Map<String, Object>) cassette.answer("catalog_product.info", productId);

        String uuid = shop.importRecordOf(cassette);

        assertEquals(List.of(), shop.unmatched(), "calls the cassette does not hold");
        assertEquals("failed", jobs.state(uuid));
        assertEquals(MagentoModels.PRODUCT + " " + productId + " of " + ReplayShop.SHOP + " is not imported: "
                + product.get("type") + " products are not imported (sku " + product.get("sku") + ")",
                jobs.column(uuid, "error"));
        assertNull(imports.erpId(ReplayShop.SHOP, MagentoModels.PRODUCT, productId));
        assertEquals(0L, db.value(Long.class, "SELECT COUNT(*) FROM product_product WHERE default_code = ?",
                product.get("sku")));
    }
}

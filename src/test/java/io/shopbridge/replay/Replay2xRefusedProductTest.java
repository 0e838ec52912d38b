package io.shopbridge.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.ImportRuns;
import io.shopbridge.support.JobRows;

/**
 * The captured 2.x bundle, configurable and grouped products are refused: the import job fails with the reason, and
 * writes no product.
 */
@QuarkusTest
class Replay2xRefusedProductTest {

    @Inject
    Replay2xShop shop;

    @Inject
    ImportRuns imports;

    @Inject
    JobRows jobs;

    @Inject
    ErpFixtures db;

    static Stream<String> projectFixtures() {
        return CaptureFolder.M2.fixtures(ReplayRefusedProductTest::refusedProduct);
    }

    static Stream<String> realCaptures() {
        return CaptureFolder.M2.captures(ReplayRefusedProductTest::refusedProduct);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectFixtures")
    void aProjectFixtureIsRefusedWithItsReason(String name) {
        isRefusedWithItsReason(CaptureFolder.M2.fixture(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realCaptures")
    void aRealCaptureIsRefusedWithItsReason(String name) {
        isRefusedWithItsReason(CaptureFolder.M2.capture(name));
    }

    private void isRefusedWithItsReason(Path capture) {
        JsonNode product = RestCassette.load(capture).first().answer();
        String sku = product.path("sku").asText();

        String uuid = shop.importRecordOf(capture);

        assertEquals(List.of(), shop.unmatched(), "requests no capture holds");
        assertEquals("failed", jobs.state(uuid));
        assertEquals(MagentoModels.PRODUCT + " " + product.path("id").asText() + " of " + Replay2xShop.SHOP + " is not imported: "
                + product.path("type_id").asText() + " products are not imported (sku " + sku + ")",
                jobs.column(uuid, "error"));
        assertNull(imports.erpId(Replay2xShop.SHOP, MagentoModels.PRODUCT, product.path("id").asText()));
        assertEquals(0L, db.value(Long.class, "SELECT COUNT(*) FROM product_product WHERE default_code = ?", sku));
    }
}

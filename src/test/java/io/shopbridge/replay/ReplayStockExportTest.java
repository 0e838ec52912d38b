package io.shopbridge.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.StockScenario;

/**
 * A stock quantity export sends the call the capture recorded: the ERP quantity set as the capture's is exported
 * through the outbox, the job and the shop's export route, and the shop receives the recorded
 * {@code cataloginventory_stock_item.update} (the session aside), answered from the cassette.
 */
@QuarkusTest
class ReplayStockExportTest {

    @Inject
    ReplayShop shop;

    @Inject
    StockScenario stock;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    static Stream<String> projectFixtures() {
        return ReplayCassettes.fixtures(ReplayStockExportTest::stockExport);
    }

    static Stream<String> realCaptures() {
        return ReplayCassettes.captures(ReplayStockExportTest::stockExport);
    }

    /**
     * {@code test_product_export_qty_config} is left out: it records the OCA extension's extra stock settings
     * (backorders, manage stock), which this connector does not export.
     */
    static boolean stockExport(String name) {
        return name.equals("test_product_export_qty");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectFixtures")
    void aProjectFixtureIsTheCallTheConnectorSends(String name) {
        isTheCallTheConnectorSends(ReplayCassettes.fixture(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realCaptures")
    void aRealCaptureIsTheCallTheConnectorSends(String name) {
        isTheCallTheConnectorSends(ReplayCassettes.capture(name));
    }

    @SuppressWarnings("unchecked")
    private void isTheCallTheConnectorSends(Cassette cassette) {
        RecordedCallKey recorded = cassette.firstCall();
        String magentoProductId = (String) recorded.args().get(0);
        String qty = (String) ((Map<String, Object>) recorded.args().get(1)).get("qty");
        shop.play(cassette);

        String job = stock.setQty(boundProduct(magentoProductId), qty);

        jobs.awaitState(job, "done");
        assertEquals(List.of(recorded), shop.received());
    }

    /** The product bound to the Magento product on the replay shop: an import capture may have bound it already. */
    private StockScenario.BoundProduct boundProduct(String magentoProductId) {
        Long binding = db.value(Long.class, "SELECT id FROM magento_product_product WHERE backend_id = ? "
                + "AND external_id = ?", ReplayShop.SHOP, magentoProductId);
        if (binding == null) {
            return stock.bind(ReplayShop.SHOP, magentoProductId);
        }
        long product = db.value(Long.class, "SELECT erp_id FROM magento_product_product WHERE id = ?", binding);
        return new StockScenario.BoundProduct(product, db.value(String.class,
                "SELECT default_code FROM product_product WHERE id = ?", product), binding);
    }
}

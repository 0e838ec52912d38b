package io.shopbridge.replay;

import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.CamelContext;

import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.ImportRuns;

/**
 * A second Magento 1.7 shop, {@value #SHOP}, whose answers come from a cassette: its backend row and its record
 * import and export routes, instances of the templates of {@code routes/magento-templates.yaml} as a shop of
 * {@code routes/shops.yaml} is, with the {@link CassetteShop}'s URL.
 */
@ApplicationScoped
public class ReplayShop {

    public static final String SHOP = "shop-replay";
    private static final String VERSION = "1.7";
    private static final List<String> EXPORT_JOBS = List.of("export_picking", "export_tracking_number",
            "export_stock_qty", "export_order_state");

    @Inject
    CamelContext camel;

    @Inject
    ErpFixtures db;

    @Inject
    ImportRuns imports;

    /** The model whose import starts with this (core) call. */
    private static final Map<String, String> IMPORTED_MODEL = Map.of(
            "sales_order.info", MagentoModels.SALE_ORDER,
            "customer.info", MagentoModels.PARTNER,
            "catalog_product.info", MagentoModels.PRODUCT,
            "catalog_category.info", MagentoModels.PRODUCT_CATEGORY,
            "customer_groups.info", MagentoModels.PARTNER_CATEGORY);

    private CassetteShop shop;

    /** The shop answers from this cassette from now on; its backend and routes exist. */
    public synchronized CassetteShop play(Cassette cassette) {
        if (shop == null) {
            shop = new CassetteShop();
            db.backend(SHOP, VERSION);
            ReplayRoutes.add(camel, "magento-record-import", SHOP + "-import-record", SHOP, VERSION, shop.url(), null);
            ReplayRoutes.add(camel, "magento-invoice-export", SHOP + "-export-invoice", SHOP, VERSION, shop.url(),
                    null);
            EXPORT_JOBS.forEach(job -> ReplayRoutes.add(camel, "magento-export", SHOP + "-" + job.replace('_', '-'),
                    SHOP, VERSION, shop.url(), job));
        }
        shop.play(cassette);
        return shop;
    }

    /**
     * Imports the record a capture was made for (its first call says which) through the shop's import job, and waits
     * for the job to end.
     *
     * @return the job's uuid
     */
    public String importRecordOf(Cassette cassette) {
        RecordedCallKey first = cassette.firstCall();
        String model = IMPORTED_MODEL.get(first.method());
        if (model == null) {
            throw new IllegalArgumentException("cassette " + cassette.name() + " starts with " + first
                    + ", which no import reads first");
        }
        play(cassette);
        return imports.importRecord(SHOP, model, (String) first.args().get(0));
    }

    /** The calls of the last import or export that the cassette holds no answer for. */
    public List<RecordedCallKey> unmatched() {
        return shop.unmatched();
    }

    /** The calls the shop received since the cassette was put in. */
    public List<RecordedCallKey> received() {
        return shop.received();
    }

    @PreDestroy
    void stop() {
        if (shop != null) {
            shop.close();
        }
    }
}

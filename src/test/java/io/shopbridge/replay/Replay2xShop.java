package io.shopbridge.replay;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.CamelContext;

import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.ImportRuns;

/**
 * A Magento 2.x shop, {@value #SHOP}, whose answers come from a REST cassette: its backend row and its record import
 * route, an instance of the template of {@code routes/magento-templates.yaml} with the {@link RestCassetteShop}'s URL.
 */
@ApplicationScoped
public class Replay2xShop {

    public static final String SHOP = "shop-replay-2x";
    private static final String VERSION = "2.x";

    /** The model whose import starts with a GET of {@code /V1/<route>/<its external id>}. */
    private static final Map<String, String> IMPORTED_MODEL = Map.of(
            "orders", MagentoModels.SALE_ORDER,
            "customers", MagentoModels.PARTNER,
            "products", MagentoModels.PRODUCT,
            "categories", MagentoModels.PRODUCT_CATEGORY,
            "customerGroups", MagentoModels.PARTNER_CATEGORY);
    /** The binding tables of the imports, lines before their orders. */
    private static final List<String> IMPORT_BINDINGS = List.of("magento_sale_order_line", "magento_sale_order",
            "magento_address", "magento_res_partner", "magento_res_partner_category", "magento_product_product",
            "magento_product_category");
    private static final Pattern RECORD_PATH = Pattern.compile("/V1/([A-Za-z]+)/(.+)");

    @Inject
    CamelContext camel;

    @Inject
    ErpFixtures db;

    @Inject
    ImportRuns imports;

    private RestCassetteShop shop;

    /** What a capture imports: the model and external id its first request reads. */
    public record CapturedRecord(String model, String externalId) {
    }

    public static CapturedRecord recordOf(RestCassette cassette) {
        Matcher path = RECORD_PATH.matcher(cassette.first().path());
        String model = path.matches() ? IMPORTED_MODEL.get(path.group(1)) : null;
        if (model == null || !cassette.first().method().equals("GET")) {
            throw new IllegalArgumentException("cassette " + cassette.name() + " starts with "
                    + cassette.first().method() + " " + cassette.first().path() + ", which no import reads first");
        }
        // a product is bound by its id, which its recorded answer holds (its route takes the SKU)
        return new CapturedRecord(model, model.equals(MagentoModels.PRODUCT)
                ? cassette.first().answer().path("id").asText() : path.group(2));
    }

    /**
     * Imports the record a capture was made for through the shop's import job, the other captures of its folder
     * answering what it lacks, and waits for the job to end. The shop starts with no bindings: the captures were
     * recorded at different times (a customer has one address in its own capture and sixteen in a later order's), and
     * a record bound by an earlier capture would be skipped as imported after its change.
     *
     * @return the job's uuid
     */
    public String importRecordOf(Path capture) {
        RestCassette cassette = RestCassette.load(capture);
        CapturedRecord record = recordOf(cassette);
        play(cassette, RestCassette.loadAll(capture.toAbsolutePath().getParent()));
        return imports.importRecord(SHOP, record.model(), record.externalId());
    }

    /** The requests of the last import that no capture holds an answer to. */
    public List<String> unmatched() {
        return shop.unmatched();
    }

    private synchronized void play(RestCassette cassette, List<RestCassette> sameShop) {
        if (shop == null) {
            shop = new RestCassetteShop();
            db.backend(SHOP, VERSION);
            ReplayRoutes.add(camel, "magento-record-import", SHOP + "-import-record", SHOP, VERSION, shop.url(), null);
        }
        IMPORT_BINDINGS.forEach(table -> db.update("DELETE FROM " + table + " WHERE backend_id = ?", SHOP));
        shop.play(cassette, sameShop);
    }

    @PreDestroy
    void stop() {
        if (shop != null) {
            shop.close();
        }
    }
}

package io.shopbridge.magento.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.sandbox.magento1.shop.Customer;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.ImportRuns;
import io.shopbridge.support.ShopVersion;

/**
 * An order imports what it refers to first, in its own job and transaction: its customer (with the customer's group
 * and addresses) and its products (with their categories), before the order that points at them. A second shop over
 * the version's sandbox, {@code shop-deps-<version>}, has imported nothing yet.
 */
@QuarkusTest
class ImportOrderDependenciesTest {

    @Inject
    ImportRuns imports;

    @Inject
    ErpFixtures db;

    @Inject
    CamelContext camel;

    /** @return the second shop's id */
    private String aSecondShopOfTheSandbox(ShopVersion version) throws Exception {
        imports.freshShop(version);
        String shop = "shop-deps-" + version.version().replace('.', '-');
        db.backend(shop, version.version());
        if (camel.getRoute(shop + "-import-record") == null) {
            PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.fromString(shop + ".yaml", """
                    - templatedRoute:
                        routeTemplateRef: magento-record-import
                        routeId: %1$s-import-record
                        parameters:
                          - {name: shop, value: %1$s}
                          - {name: version, value: "%2$s"}
                          - {name: url, value: "{{%3$s.url}}"}
                          - {name: apiUser, value: "{{%3$s.api-user}}"}
                          - {name: apiKeyProperty, value: %3$s.api-key}
                    """.formatted(shop, version.version(), version.properties())));
        }
        return shop;
    }

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void theCustomerAndTheProductsAreImportedBeforeTheOrderInItsJob(ShopVersion version) throws Exception {
        String shop = aSecondShopOfTheSandbox(version);
        String order = placeOrder(version);
        assertNull(imports.erpId(shop, MagentoModels.PARTNER, "104"));
        long jobsBefore = importJobs();

        String uuid = imports.importRecord(shop, MagentoModels.SALE_ORDER, order);

        assertEquals("done", db.value(String.class, "SELECT state FROM queue_job WHERE uuid = ?", uuid),
                () -> db.value(String.class, "SELECT error FROM queue_job WHERE uuid = ?", uuid));
        assertEquals(jobsBefore + 1, importJobs(), "one job: the dependencies are imported in the order's own");
        Long customer = imports.erpId(shop, MagentoModels.PARTNER, "104");
        assertNotNull(customer);
        assertEquals("Drew France", imports.row("res_partner", customer).get("name"));
        assertNotNull(imports.erpId(shop, MagentoModels.ADDRESS, "73"), "the customer's addresses came along");
        assertNotNull(imports.erpId(shop, MagentoModels.PARTNER_CATEGORY, "4"), "and its group");
        Long wallet = imports.erpId(shop, MagentoModels.PRODUCT, "370");
        assertNotNull(wallet);
        assertNotNull(imports.erpId(shop, MagentoModels.PRODUCT_CATEGORY, "6"), "the product's category came along");
        assertNotNull(imports.erpId(shop, MagentoModels.PRODUCT_CATEGORY, "1"), "up to the root");

        Map<String, Object> imported = imports.row("sale_order", imports.erpId(shop, MagentoModels.SALE_ORDER, order));
        assertEquals(customer, imported.get("partner_id"));
        assertEquals(wallet, imports.rows("SELECT product_id FROM sale_order_line WHERE order_id = ? "
                + "AND NOT is_delivery", imported.get("id")).get(0).get("product_id"));
    }

    /** Drew's order of three wallets; @return its external id on the version */
    private String placeOrder(ShopVersion version) {
        if (version == ShopVersion.V1_7) {
            return imports.placeOrder(NewOrder.builder()
                    .customer(new Customer(104L, "drew@example.com", "Drew", "France", 4))
                    .item("abl004", "Houston Travel Wallet", 3, "210.00"));
        }
        return imports.placeOrder(new io.shopbridge.sandbox.magento2.sales.NewOrder("new", 104L, "drew@example.com",
                "Drew", "France", List.of(new io.shopbridge.sandbox.magento2.sales.NewOrder.Line("abl004",
                        "Houston Travel Wallet", new BigDecimal("3"), new BigDecimal("210.00")))))
                .path("entity_id").asText();
    }

    private long importJobs() {
        return db.value(Long.class, "SELECT COUNT(*) FROM queue_job WHERE name = 'import_record'");
    }
}
